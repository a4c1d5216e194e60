/**
 * The consumer sign-in page's POST: parse (fields named), sign in under the site's sign-in
 * throttle, and either the token with where to go next, or what the re-rendered form shows
 * (400 field errors, 401 wrong email or password, 429 while locked).
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { parseSignInForm, type SignInField } from "@hybrid/storefront-kit/sign-in-form.ts";
import { lockedMessage, throttled, type FormThrottle } from "@hybrid/storefront-kit/throttle.ts";

export type SignInPost =
  | { kind: "signed-in"; location: string; token: string }
  | {
      kind: "failed";
      status: number;
      next: string;
      email: string;
      fieldErrors: Partial<Record<SignInField, string>>;
      refusal: string | null;
      retryAfterSeconds?: number;
    };

export const WRONG_CREDENTIALS = "That email address and password do not match an account.";

type Outcome = { ok: true; token: string } | { ok: false; status: number; message: string };

export async function handleSignInPost(
  client: { auth: Pick<StorefrontClient["auth"], "login"> },
  form: FormData,
  next: string,
  visitor: { ip: string; throttle: FormThrottle },
): Promise<SignInPost> {
  const parsed = parseSignInForm(form);
  const failed = { kind: "failed", next, email: "", fieldErrors: {}, refusal: null } as const;
  if (!parsed.ok) return { ...failed, status: 400, next: parsed.next, email: parsed.email, fieldErrors: parsed.errors };
  const attempt = async (): Promise<Outcome> => {
    try {
      return {
        ok: true,
        token: await client.auth.login(parsed.data.email, parsed.data.password, { forwardedFor: visitor.ip }),
      };
    } catch (error) {
      if (!isBackendRequestError(error)) throw error;
      if (error.status === 429) return { ok: false, status: 429, message: error.message };
      return { ok: false, status: 401, message: WRONG_CREDENTIALS };
    }
  };
  const run = await throttled(visitor.throttle, { account: parsed.data.email, ip: visitor.ip }, attempt, (r) =>
    r.ok ? "success" : r.status === 401 ? "counted" : "refund",
  );
  const answered = { ...failed, next: parsed.next, email: parsed.data.email };
  if ("locked" in run) {
    return { ...answered, status: 429, refusal: lockedMessage(run.locked), retryAfterSeconds: run.locked };
  }
  if (run.result.ok) return { kind: "signed-in", location: parsed.next, token: run.result.token };
  return {
    ...answered,
    status: run.result.status,
    refusal:
      run.result.status === 429 ? lockedMessage(visitor.throttle.policy.account.lockSeconds) : run.result.message,
  };
}
