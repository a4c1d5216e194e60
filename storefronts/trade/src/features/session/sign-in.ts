import { isBackendRequestError } from "@hybrid/storefront-kit";
import type { SignInInput } from "./sign-in-form";
import type { CompanyStatus } from "../company/types";
import type { AccountLookup } from "./trade-account";

export type SignInOutcome =
  | { ok: true; token: string }
  | { ok: false; reason: "invalid-credentials" | "no-trade-access" }
  /** Too many failed attempts (the site's throttle or the backend's 429): refused whatever the password. */
  | { ok: false; reason: "locked"; message: string }
  /** The customer's company cannot trade (yet): the page explains why instead of "no trade access". */
  | { ok: false; reason: "company-not-active"; company: CompanyStanding };

/** A company as the sign-in page explains it (pending / rejected / suspended). */
export interface CompanyStanding {
  name: string;
  status: CompanyStatus;
  rejection_reason?: string | null;
}

/** What the page shows for each refusal, and the status of the re-rendered form. */
export const SIGN_IN_REFUSALS = {
  "invalid-credentials": { status: 401, message: "The email address or password is incorrect." },
  "no-trade-access": { status: 403, message: "This account has no trade access." },
  "company-not-active": { status: 403, message: "Your company's trade account is not active." },
  locked: { status: 429, message: "Too many attempts. Please try again later." },
} as const;

export interface SignInDeps {
  /** Email + password -> customer JWT; the backend's 4xx for wrong credentials. */
  login(email: string, password: string): Promise<string>;
  lookup: AccountLookup;
  /**
   * The customer's company, asked only when they have no trade access, so an applicant waiting
   * for approval (or rejected) is told so. Null when they belong to no company.
   */
  companyStanding?(token: string): Promise<CompanyStanding | null>;
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
    if (isBackendRequestError(error) && error.status === 429) {
      return { ok: false, reason: "locked", message: error.message || SIGN_IN_REFUSALS.locked.message };
    }
    if (isBackendRequestError(error)) return { ok: false, reason: "invalid-credentials" };
    throw error;
  }
  const account = await deps.lookup(token);
  if (!account) return { ok: false, reason: "invalid-credentials" };
  if (!account.is_trade) {
    const company = deps.companyStanding ? await deps.companyStanding(token) : null;
    if (company && company.status !== "active") return { ok: false, reason: "company-not-active", company };
    return { ok: false, reason: "no-trade-access" };
  }
  return { ok: true, token };
}
