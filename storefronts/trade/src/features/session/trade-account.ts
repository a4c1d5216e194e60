/**
 * Who is signed in. A token is only a trade session when the backend confirms, on this request,
 * that its customer is in the Trade customer group (`GET /store/trade/me`).
 */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";

/** One company the person belongs to, as `GET /store/trade/me` lists them (the active one first). */
export interface TradeMembership {
  id: string;
  name: string;
  role: string;
  status: string;
  /** The currency the company buys in (absent from older backends). */
  currency_code?: string;
  active: boolean;
}

/** `GET /store/trade/me` response. */
export interface TradeAccount {
  customer: { id: string; email: string; first_name: string | null; last_name: string | null };
  is_trade: boolean;
  groups: Array<{ id: string; name: string }>;
  /** Absent from backends without company accounts. */
  companies?: TradeMembership[];
}

/** The signed-in trade buyer as pages see it (`Astro.locals.buyer`). */
export interface TradeBuyer {
  id: string;
  email: string;
  /** "First Last", or the email when the customer has no name. */
  displayName: string;
  groups: string[];
  /** Every company of the person, the one they act for first (prices, cart, orders follow it). */
  companies: TradeMembership[];
  /** The company they act for now, or null (no company). */
  activeCompany: TradeMembership | null;
}

/**
 * Resolves a token to its account, or null when the backend rejects the token (expired, revoked,
 * signed with another secret). Throws BackendUnavailableError when the backend cannot answer.
 */
export type AccountLookup = (token: string) => Promise<TradeAccount | null>;

export function accountLookup(client: Pick<StorefrontClient, "request">): AccountLookup {
  return async (token) => {
    try {
      return await client.request<TradeAccount>("/store/trade/me", { token });
    } catch (error) {
      if (isBackendRequestError(error) && (error.status === 401 || error.status === 403)) return null;
      throw error;
    }
  };
}

export function toBuyer(account: TradeAccount): TradeBuyer {
  const { customer } = account;
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim();
  return {
    id: customer.id,
    email: customer.email,
    displayName: name || customer.email,
    groups: account.groups.map((group) => group.name),
    companies: account.companies ?? [],
    activeCompany: account.companies?.find((company) => company.active) ?? null,
  };
}
