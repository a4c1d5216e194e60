/**
 * The sign-up page's POST: validate, create the account (login + customer, marketing consent in
 * the profile), email the verification link, and sign in. Under the site's account-form throttle
 * (per email and visitor address). An email that already has an account → 409 with a sign-in link.
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { lockedMessage, throttled, type FormThrottle } from "@hybrid/storefront-kit/throttle.ts";
import { parseSignUpForm, type SignUpField, type SignUpValues } from "./sign-up-form";

export type SignUpPost =
  | { kind: "signed-up"; token: string; location: string }
  | {
      kind: "failed";
      status: number;
      next: string;
      values: SignUpValues;
      fieldErrors: Partial<Record<SignUpField, string>>;
      refusal: string | null;
      emailTaken?: boolean;
    };

type Client = { account: Pick<StorefrontClient["account"], "signUp" | "updateProfile" | "requestVerification"> };

export async function handleSignUpPost(
  client: Client,
  form: FormData,
  visitor: { ip: string; throttle: FormThrottle },
): Promise<SignUpPost> {
  const parsed = parseSignUpForm(form);
  if (!parsed.ok) {
    return {
      kind: "failed",
      status: 400,
      next: parsed.next,
      values: parsed.values,
      fieldErrors: parsed.errors,
      refusal: null,
    };
  }
  const { data, next } = parsed;
  const values: SignUpValues = {
    first_name: data.first_name,
    last_name: data.last_name,
    email: data.email,
    marketing_consent: data.marketing_consent,
  };
  const run = await throttled(
    visitor.throttle,
    { account: data.email, ip: visitor.ip },
    async () => {
      try {
        const token = await client.account.signUp(data, { forwardedFor: visitor.ip });
        return { ok: true as const, token };
      } catch (error) {
        if (!isBackendRequestError(error)) throw error;
        return { ok: false as const, status: error.status, message: error.message };
      }
    },
    (r) => (r.ok ? "counted" : "refund"),
  );
  if ("locked" in run) {
    return { kind: "failed", status: 429, next, values, fieldErrors: {}, refusal: lockedMessage(run.locked) };
  }
  if (!run.result.ok) {
    const taken = /exist|already/i.test(run.result.message);
    return {
      kind: "failed",
      status: taken ? 409 : run.result.status === 429 ? 429 : 400,
      next,
      values,
      fieldErrors: taken ? { email: "An account with this email address already exists." } : {},
      refusal: taken ? null : run.result.message,
      emailTaken: taken,
    };
  }
  const token = run.result.token;
  if (data.marketing_consent) await client.account.updateProfile(token, { marketing_consent: true });
  await client.account.requestVerification(token);
  return { kind: "signed-up", token, location: next === "/" ? "/account?welcome" : next };
}
