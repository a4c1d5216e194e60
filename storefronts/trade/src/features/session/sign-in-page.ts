/**
 * The sign-in page's POST: parse, sign in, and either the session token with where to go next, or
 * what the re-rendered form shows (field errors 400, wrong credentials 401, no trade access or a
 * company that cannot trade yet 403). `startSession` then keeps the token.
 */
import { siteCookies, type CookieJar, type StorefrontClient } from "@hybrid/storefront-kit";
import { lockedMessage, throttled, type FormThrottle } from "@hybrid/storefront-kit/throttle.ts";
import { companyStandingLookup } from "../company/company";
import { writeSessionToken } from "./session-cookie";
import { SIGN_IN_REFUSALS, signIn, type CompanyStanding, type SignInOutcome } from "./sign-in";
import { parseSignInForm, type SignInField } from "./sign-in-form";
import { accountLookup } from "./trade-account";

type Client = Pick<StorefrontClient, "request"> & { auth: Pick<StorefrontClient["auth"], "login"> };

export type SignInPost =
  | { kind: "signed-in"; location: string; token: string }
  | {
      kind: "failed";
      status: number;
      next: string;
      email: string;
      fieldErrors: Partial<Record<SignInField, string>>;
      /** A refusal for the whole form (wrong credentials, no trade access, an unreadable form). */
      refusal: string | null;
      /** The company that cannot trade yet, explained instead of a refusal. */
      standing: CompanyStanding | null;
      /** Set while sign-in is locked (429): seconds until it may be tried again. */
      retryAfterSeconds?: number;
    };

/** The visitor as the throttle sees them: their address and the site's sign-in throttle. */
export interface SignInVisitor {
  ip: string;
  throttle: FormThrottle;
}

/**
 * A wrong password (or an unknown email) counts; the right password (even without trade access)
 * resets the account; a lock reported by the backend keeps the point.
 */
const throttleOutcome = (outcome: SignInOutcome) =>
  outcome.ok || outcome.reason === "no-trade-access" || outcome.reason === "company-not-active"
    ? ("success" as const)
    : ("counted" as const);

/**
 * `form` is null when the body could not be read; `next` is the page's own `?next=` (already made
 * safe). With a `visitor`, the attempt runs under the site's sign-in throttle (per account and
 * address): while locked the backend is not asked and the answer is 429, the right password too.
 */
export async function handleSignInPost(
  client: Client,
  form: FormData | null,
  next: string,
  visitor?: SignInVisitor,
): Promise<SignInPost> {
  const parsed = form ? parseSignInForm(form) : null;
  const failed = { kind: "failed", next, email: "", fieldErrors: {}, refusal: null, standing: null } as const;
  if (!parsed) return { ...failed, status: 400, refusal: "The form could not be read. Please try again." };
  if (!parsed.ok) return { ...failed, status: 400, next: parsed.next, email: parsed.email, fieldErrors: parsed.errors };
  const attempt = () =>
    signIn(
      {
        login: (e, p) => (visitor ? client.auth.login(e, p, { forwardedFor: visitor.ip }) : client.auth.login(e, p)),
        lookup: accountLookup(client),
        companyStanding: companyStandingLookup(client),
      },
      parsed.data,
    );
  const run = visitor
    ? await throttled(visitor.throttle, { account: parsed.data.email, ip: visitor.ip }, attempt, throttleOutcome)
    : { result: await attempt() };
  const outcome: SignInOutcome =
    "locked" in run ? { ok: false, reason: "locked", message: lockedMessage(run.locked) } : run.result;
  if (outcome.ok) return { kind: "signed-in", location: parsed.next, token: outcome.token };
  const answered = {
    ...failed,
    status: SIGN_IN_REFUSALS[outcome.reason].status,
    next: parsed.next,
    email: parsed.data.email,
  };
  if (outcome.reason === "company-not-active") return { ...answered, standing: outcome.company };
  if (outcome.reason === "locked") {
    return {
      ...answered,
      refusal: outcome.message,
      retryAfterSeconds: "locked" in run ? run.locked : visitor?.throttle.policy.account.lockSeconds,
    };
  }
  return { ...answered, refusal: SIGN_IN_REFUSALS[outcome.reason].message };
}

/** Keep the buyer's token in the session cookie, and drop a cart left by whoever used this browser before. */
export function startSession(cookies: CookieJar, url: URL, token: string): void {
  siteCookies("trade", cookies, url).cart.clear();
  writeSessionToken(cookies, url, token);
}
