/**
 * Quantity tiers as `GET /store/price-tiers` returns them: for each variant, the unit price (net) that
 * applies from `min_quantity` up to `max_quantity` (null = no upper bound).
 */
export interface PriceTier {
  min_quantity: number;
  max_quantity: number | null;
  amount: number;
  currency_code: string;
  price_list_id: string | null;
}

export const MIN_QUANTITY = 1;
/** An order line above this is a quote, not a cart line. */
export const MAX_QUANTITY = 9999;

/** Tiers in ascending order of their lower bound. */
export function sortTiers(tiers: ReadonlyArray<PriceTier>): PriceTier[] {
  return [...tiers].sort((a, b) => a.min_quantity - b.min_quantity);
}

export function tierCovers(tier: PriceTier, quantity: number): boolean {
  return quantity >= tier.min_quantity && (tier.max_quantity === null || quantity <= tier.max_quantity);
}

/**
 * The tier whose unit price applies to `quantity`. When ranges overlap (a base price for 1+ beside
 * trade tiers) the most specific one wins: the highest lower bound, then the lowest price.
 */
export function tierForQuantity(tiers: ReadonlyArray<PriceTier>, quantity: number): PriceTier | undefined {
  let best: PriceTier | undefined;
  for (const tier of tiers) {
    if (!tierCovers(tier, quantity)) continue;
    if (
      !best ||
      tier.min_quantity > best.min_quantity ||
      (tier.min_quantity === best.min_quantity && tier.amount < best.amount)
    ) {
      best = tier;
    }
  }
  return best;
}

/** "1–9", "10–49", "50+", or "5" for a single-quantity tier. */
export function tierRangeLabel(tier: PriceTier): string {
  if (tier.max_quantity === null) return `${tier.min_quantity}+`;
  if (tier.max_quantity === tier.min_quantity) return String(tier.min_quantity);
  return `${tier.min_quantity}–${tier.max_quantity}`;
}

/**
 * Reads a quantity from a form field or query parameter. Anything that is not a whole number in
 * range yields `null` so the caller can say so, rather than silently ordering something else.
 */
export function parseQuantity(raw: unknown): number | null {
  if (typeof raw !== "string" && typeof raw !== "number") return null;
  const text = String(raw).trim();
  if (!/^\d{1,6}$/.test(text)) return null;
  const quantity = Number(text);
  return quantity >= MIN_QUANTITY && quantity <= MAX_QUANTITY ? quantity : null;
}
