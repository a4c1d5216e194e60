/**
 * Typeahead for quick order: `GET /quick-order/suggest?q=` on this site proxies the backend's
 * `GET /store/trade-pricing/variants` (variants of the Trade channel whose SKU or product name
 * contains q, SKU prefix matches first) with the buyer's token, and answers the few fields the
 * pad's script shows. No price: suggestions are about finding the SKU.
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { describeQuantityRule, type QuantityRule } from "../pricing/quantity-rule";

export const MIN_QUERY_LENGTH = 2;
export const SUGGESTION_LIMIT = 10;

export interface TradeVariant {
  id: string;
  sku: string | null;
  title: string | null;
  product_title: string | null;
  product_handle: string | null;
  thumbnail: string | null;
  quantity_rule: QuantityRule | null;
}

export interface Suggestion {
  sku: string;
  /** "Colombia Huila · 1 kg". */
  label: string;
  /** "Cases of 6 · min 12", or null. */
  rule: string | null;
}

/** The query as the backend should see it, or null when too short (or too long) to ask. */
export function suggestionQuery(raw: string | null): string | null {
  const q = (raw ?? "").trim();
  return q.length >= MIN_QUERY_LENGTH && q.length <= 64 ? q : null;
}

export async function suggestVariants(
  client: Pick<StorefrontClient, "request">,
  params: { q: string; regionId: string; token: string },
): Promise<Suggestion[]> {
  let variants: TradeVariant[];
  try {
    ({ variants } = await client.request<{ variants: TradeVariant[] }>("/store/trade-pricing/variants", {
      query: { q: params.q, region_id: params.regionId, limit: SUGGESTION_LIMIT },
      token: params.token,
    }));
  } catch (error) {
    // A query the backend refuses (e.g. too short for it) or a route it does not have: no suggestions.
    if (isBackendRequestError(error) || isNotFound(error)) return [];
    throw error;
  }
  return (variants ?? [])
    .filter((variant): variant is TradeVariant & { sku: string } => Boolean(variant.sku))
    .map((variant) => ({
      sku: variant.sku,
      label: [variant.product_title, variant.title].filter(Boolean).join(" · ") || variant.sku,
      rule: describeQuantityRule(variant.quantity_rule),
    }));
}
