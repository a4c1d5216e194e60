/**
 * The company switcher: a person who belongs to two or more companies chooses which one they act
 * for. The choice is kept by the backend (`POST /store/companies/me/active`), so every browser of
 * theirs follows it; prices, cart, orders, addresses, approvals and limits come from that company.
 */
import { isBackendRequestError, safeLocalPath, siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import type { AstroCookies } from "astro";
import type { TradeMembership } from "../session/trade-account";

type Client = Pick<StorefrontClient, "request">;

/** The companies the switcher offers: shown only with two or more, active companies only. */
export function switchableCompanies(companies: readonly TradeMembership[]): TradeMembership[] {
  const usable = companies.filter((company) => company.status === "active" || company.active);
  return usable.length >= 2 ? usable : [];
}

export type SwitchOutcome = { kind: "switched"; next: string } | { kind: "refused"; status: number; message: string };

/**
 * The switcher form's POST (`company_id`, `next`): switches on the backend, forgets this browser's
 * cart cookie (the new company's cart is found on the server), and answers where to go next. A
 * company the person is not in, or a missing field, is refused with the backend's message.
 */
export async function handleSwitchCompanyPost(
  client: Client,
  token: string,
  form: FormData,
  context: { cookies: AstroCookies; url: URL },
): Promise<SwitchOutcome> {
  const companyId = form.get("company_id");
  const next = safeLocalPath(form.get("next"));
  if (typeof companyId !== "string" || !companyId.trim()) {
    return { kind: "refused", status: 400, message: "company_id: choose one of your companies." };
  }
  try {
    await client.request("/store/companies/me/active", {
      method: "POST",
      body: { company_id: companyId.trim() },
      token,
    });
  } catch (error) {
    if (isBackendRequestError(error) && error.status >= 400 && error.status < 500) {
      return { kind: "refused", status: error.status, message: error.message };
    }
    throw error;
  }
  siteCookies("trade", context.cookies, context.url).cart.clear();
  return { kind: "switched", next };
}
