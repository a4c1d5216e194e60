/**
 * "Why this price", as the trade-pricing plugin explains it for the signed-in buyer: the RRP, the
 * buyer's net price, the saving, which price list (or the base price) and which quantity tier
 * produced it, and the variant's quantity rule. Amounts are major units, net unless named gross.
 *
 * - `GET /store/trade-pricing/prices?region_id=&variant_id=…&quantity=` per variant (product page);
 * - `GET /store/carts/:id/price-explanations` per cart line (cart).
 *
 * Explanations only explain prices Medusa already charges, so a variant the backend no longer
 * sells in this channel, or a cart it does not recognise (404), yields no explanation rather than
 * an error page; callers read a missing entry as "nothing to explain".
 */
import { isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { firstAllowedFrom, type QuantityRule } from "./quantity-rule";

export type PriceSource =
  | { type: "base" }
  | { type: "price_list"; price_list_id: string; title: string; min_quantity: number | null };

/** The buyer's own effective unit price from `min_quantity` up to `max_quantity` (null = open). */
export interface PriceTier {
  min_quantity: number;
  max_quantity: number | null;
  unit_price: number;
  source_title: string | null;
  /** The tier the explained quantity falls in. */
  current: boolean;
}

export interface PriceExplanation {
  variant_id: string;
  sku: string | null;
  currency_code: string;
  quantity: number;
  /** Null (with `source` null) when the variant has no price for the buyer in the region. */
  unit_price: number | null;
  rrp: { net: number; gross: number } | null;
  saving: { amount: number; percent: number } | null;
  source: PriceSource | null;
  tiers: PriceTier[];
  quantity_rule: QuantityRule | null;
}

export interface LineExplanation {
  line_item_id: string;
  variant_id: string;
  sku: string | null;
  quantity: number;
  unit_price: number | null;
  rrp: { net: number; gross: number } | null;
  saving: { amount: number; percent: number } | null;
  source: PriceSource | null;
  next_tier: { min_quantity: number; unit_price: number } | null;
  quantity_rule: QuantityRule | null;
}

type Client = Pick<StorefrontClient, "request">;

const MAX_VARIANTS_PER_REQUEST = 100;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

const emptyWhenNotFound =
  <T>(empty: T) =>
  (error: unknown): T => {
    if (isNotFound(error)) return empty;
    throw error;
  };

/**
 * Explanations per variant id for the given quantities. Variants asked at different quantities
 * (the product page's matrix rows) are grouped: one request per distinct quantity (and per 100
 * variants), all in parallel.
 */
export async function fetchPriceExplanations(
  client: Client,
  params: {
    regionId: string;
    token: string;
    quantities: ReadonlyMap<string, number>;
    /** The buyer's chosen country, for the RRP's tax (the backend falls back to the region's). */
    countryCode?: string;
  },
): Promise<Record<string, PriceExplanation>> {
  const byQuantity = new Map<number, string[]>();
  for (const [variantId, quantity] of params.quantities) {
    byQuantity.set(quantity, [...(byQuantity.get(quantity) ?? []), variantId]);
  }
  const requests = [...byQuantity].flatMap(([quantity, ids]) =>
    chunk(ids, MAX_VARIANTS_PER_REQUEST).map((variant_id) =>
      client
        .request<{ prices: PriceExplanation[] }>("/store/trade-pricing/prices", {
          query: {
            region_id: params.regionId,
            variant_id,
            quantity,
            ...(params.countryCode ? { country_code: params.countryCode } : {}),
          },
          token: params.token,
        })
        .catch(emptyWhenNotFound({ prices: [] as PriceExplanation[] })),
    ),
  );
  const result: Record<string, PriceExplanation> = {};
  for (const response of await Promise.all(requests)) {
    for (const price of response.prices ?? []) result[price.variant_id] = price;
  }
  return result;
}

/**
 * The product page's explanations: each variant priced at the quantity the buyer entered, else at
 * the least quantity they can order — 1, or the minimum of the variant's quantity rule. A price at
 * 1 of a variant sold from 12 is one the buyer cannot order at (€8.80 shown, €8.10 charged for the
 * 12 they must take). The rule comes with the explanation, so the variants with nothing entered
 * whose rule starts above 1 are asked again at their minimum: one more round of requests, only on
 * pages that have such variants.
 */
export async function fetchOrderableExplanations(
  client: Client,
  params: {
    regionId: string;
    token: string;
    countryCode?: string;
    /** Per variant id: the quantity the buyer entered, or null when nothing (valid) was entered. */
    entered: ReadonlyMap<string, number | null>;
  },
): Promise<Record<string, PriceExplanation>> {
  const { entered, ...request } = params;
  const quantities = new Map([...entered].map(([id, quantity]) => [id, quantity ?? 1]));
  const explanations = await fetchPriceExplanations(client, { ...request, quantities });
  const atMinimum = new Map<string, number>();
  for (const [id, quantity] of entered) {
    const minimum = quantity === null ? firstAllowedFrom(explanations[id]?.quantity_rule, 1) : null;
    if (minimum !== null && minimum > 1) atMinimum.set(id, minimum);
  }
  if (atMinimum.size === 0) return explanations;
  return { ...explanations, ...(await fetchPriceExplanations(client, { ...request, quantities: atMinimum })) };
}

/** Explanations per cart line id. */
export async function fetchCartExplanations(
  client: Client,
  cartId: string,
  token: string,
): Promise<Record<string, LineExplanation>> {
  const response = await client
    .request<{ lines: LineExplanation[] }>(`/store/carts/${encodeURIComponent(cartId)}/price-explanations`, { token })
    .catch(emptyWhenNotFound({ lines: [] as LineExplanation[] }));
  return Object.fromEntries((response.lines ?? []).map((line) => [line.line_item_id, line]));
}

/** What the backend calls the base price in tier tables; the site says the same. */
export const BASE_PRICE_LABEL = "Base price";

/**
 * Where a price comes from, for people: "Trade prices, 10+" (a list's quantity tier), "Corner Café
 * contract" (a list without tiers), "Base price" (no price list applies).
 */
export function sourceLabel(source: PriceSource | null | undefined): string {
  if (!source || source.type === "base") return BASE_PRICE_LABEL;
  const title = source.title?.trim() || "Price list";
  return source.min_quantity && source.min_quantity > 1 ? `${title}, ${source.min_quantity}+` : title;
}
