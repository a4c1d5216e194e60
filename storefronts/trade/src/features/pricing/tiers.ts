/**
 * Quantity tiers (the buyer's own effective unit price at each quantity break, see
 * `explanations.ts`) and quantity parsing.
 */
import type { PriceTier } from "./explanations";

export type { PriceTier };

export const MIN_QUANTITY = 1;
/** An order line above this is a quote, not a cart line. */
export const MAX_QUANTITY = 9999;

/** Tiers in ascending order of their lower bound. */
export function sortTiers<T extends Pick<PriceTier, "min_quantity">>(tiers: ReadonlyArray<T>): T[] {
  return [...tiers].sort((a, b) => a.min_quantity - b.min_quantity);
}

export function tierCovers(tier: Pick<PriceTier, "min_quantity" | "max_quantity">, quantity: number): boolean {
  return quantity >= tier.min_quantity && (tier.max_quantity === null || quantity <= tier.max_quantity);
}

/**
 * The tier whose unit price applies to `quantity`. When ranges overlap the most specific one
 * wins: the highest lower bound, then the lowest price.
 */
export function tierForQuantity<T extends Pick<PriceTier, "min_quantity" | "max_quantity" | "unit_price">>(
  tiers: ReadonlyArray<T>,
  quantity: number,
): T | undefined {
  let best: T | undefined;
  for (const tier of tiers) {
    if (!tierCovers(tier, quantity)) continue;
    if (
      !best ||
      tier.min_quantity > best.min_quantity ||
      (tier.min_quantity === best.min_quantity && tier.unit_price < best.unit_price)
    ) {
      best = tier;
    }
  }
  return best;
}

/** The first tier above `quantity` (for "Order 10 for €26.20 each"), or undefined. */
export function nextTierAfter<T extends Pick<PriceTier, "min_quantity">>(
  tiers: ReadonlyArray<T>,
  quantity: number,
): T | undefined {
  return sortTiers(tiers).find((tier) => tier.min_quantity > quantity);
}

/** "1–9", "10–49", "50+", or "5" for a single-quantity tier. */
export function tierRangeLabel(tier: Pick<PriceTier, "min_quantity" | "max_quantity">): string {
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
