import { isBackendRequestError } from "@hybrid/storefront-kit";
import type { SignInInput } from "./sign-in-form";
import type { AccountLookup } from "./trade-account";

export type SignInOutcome =
  | { ok: true; token: string }
  | { ok: false; reason: "invalid-credentials" | "no-trade-access" };

/** What the page shows for each refusal, and the status of the re-rendered form. */
export const SIGN_IN_REFUSALS = {
  "invalid-credentials": { status: 401, message: "The email address or password is incorrect." },
  "no-trade-access": { status: 403, message: "This account has no trade access." },
} as const;

export interface SignInDeps {
  /** Email + password -> customer JWT; the backend's 4xx for wrong credentials. */
  login(email: string, password: string): Promise<string>;
  lookup: AccountLookup;
}

/**
 * Signs a trade buyer in. The token is only handed back when the backend confirms the customer is
 * in the Trade group: a consumer's valid password opens nothing here. "Backend unavailable"
 * propagates (the 503 page), every other backend refusal reads as wrong credentials, so the page
 * never tells an attacker which half was wrong.
 */
export async function signIn(deps: SignInDeps, input: SignInInput): Promise<SignInOutcome> {
  let token: string;
  try {
    token = await deps.login(input.email, input.password);
  } catch (error) {
    if (isBackendRequestError(error)) return { ok: false, reason: "invalid-credentials" };
    throw error;
  }
  const account = await deps.lookup(token);
  if (!account) return { ok: false, reason: "invalid-credentials" };
  if (!account.is_trade) return { ok: false, reason: "no-trade-access" };
  return { ok: true, token };
}
