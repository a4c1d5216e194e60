/**
 * The sign-in page's POST: parse, sign in, and either the session token with where to go next, or
 * what the re-rendered form shows (field errors 400, wrong credentials 401, no trade access or a
 * company that cannot trade yet 403). `startSession` then keeps the token.
 */
import { siteCookies, type CookieJar, type StorefrontClient } from "@hybrid/storefront-kit";
import { companyStandingLookup } from "../company/company";
import { writeSessionToken } from "./session-cookie";
import { SIGN_IN_REFUSALS, signIn, type CompanyStanding } from "./sign-in";
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
    };

/** `form` is null when the body could not be read; `next` is the page's own `?next=` (already made safe). */
export async function handleSignInPost(client: Client, form: FormData | null, next: string): Promise<SignInPost> {
  const parsed = form ? parseSignInForm(form) : null;
  const failed = { kind: "failed", next, email: "", fieldErrors: {}, refusal: null, standing: null } as const;
  if (!parsed) return { ...failed, status: 400, refusal: "The form could not be read. Please try again." };
  if (!parsed.ok) return { ...failed, status: 400, next: parsed.next, email: parsed.email, fieldErrors: parsed.errors };
  const outcome = await signIn(
    {
      login: (e, p) => client.auth.login(e, p),
      lookup: accountLookup(client),
      companyStanding: companyStandingLookup(client),
    },
    parsed.data,
  );
  if (outcome.ok) return { kind: "signed-in", location: parsed.next, token: outcome.token };
  const answered = {
    ...failed,
    status: SIGN_IN_REFUSALS[outcome.reason].status,
    next: parsed.next,
    email: parsed.data.email,
  };
  if (outcome.reason === "company-not-active") return { ...answered, standing: outcome.company };
  return { ...answered, refusal: SIGN_IN_REFUSALS[outcome.reason].message };
}

/** Keep the buyer's token in the session cookie, and drop a cart left by whoever used this browser before. */
export function startSession(cookies: CookieJar, url: URL, token: string): void {
  siteCookies("trade", cookies, url).cart.clear();
  writeSessionToken(cookies, url, token);
}
