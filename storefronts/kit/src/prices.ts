/**
 * Pure price-display logic shared by both sites.
 *
 * - "gross" (consumer): the tax-inclusive price the shopper pays; when a sale price list applies,
 *   the original tax-inclusive price is the "was" reference.
 * - "net" (trade): the buyer's price without tax; the consumer price with tax (RRP) is always the
 *   reference. Savings are computed like for like (both without tax), because comparing a net
 *   price with a gross RRP would overstate the discount by the tax rate.
 */
import { roundMoney } from "./money";

export type PriceMode = "gross" | "net";

/** The subset of Medusa's `variant.calculated_price` this module reads. */
export interface CalculatedPriceLike {
  calculated_amount?: number | null;
  calculated_amount_with_tax?: number | null;
  calculated_amount_without_tax?: number | null;
  original_amount?: number | null;
  original_amount_with_tax?: number | null;
  original_amount_without_tax?: number | null;
  is_calculated_price_tax_inclusive?: boolean;
  currency_code?: string | null;
  calculated_price?: { price_list_type?: string | null } | null;
}

export interface PriceReference {
  amount: number;
  /** "was": the price before a sale (same tax basis as `amount`); "rrp": the consumer gross price. */
  kind: "was" | "rrp";
}

export interface DisplayPrice {
  mode: PriceMode;
  /** What the buyer pays per unit, in major units: gross for "gross", net for "net". */
  amount: number;
  currencyCode: string;
  /** A price to show beside `amount`, or null when there is nothing worth comparing. */
  reference: PriceReference | null;
  /** Saving per unit on the same tax basis as `amount`, or null when there is none. */
  savings: { amount: number; percent: number } | null;
}

function num(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * The saving of `amount` against `reference` (both on the same tax basis), or null when
 * `amount` is not lower by at least one cent.
 */
export function savingsAgainst(amount: number, reference: number | null): { amount: number; percent: number } | null {
  if (reference === null || reference <= 0) return null;
  const saved = roundMoney(reference - amount);
  if (saved < 0.01) return null;
  return { amount: saved, percent: Math.round((saved / reference) * 100) };
}

/**
 * What to display for one variant's calculated price, or null when the variant has no price for
 * this region (or no tax-inclusive amount in gross mode: showing a net price as gross would be wrong).
 */
export function displayPrice(calculated: CalculatedPriceLike | null | undefined, mode: PriceMode): DisplayPrice | null {
  if (!calculated?.currency_code) return null;
  const currencyCode = calculated.currency_code;

  if (mode === "gross") {
    const amount =
      num(calculated.calculated_amount_with_tax) ??
      (calculated.is_calculated_price_tax_inclusive ? num(calculated.calculated_amount) : null);
    if (amount === null) return null;
    const original = num(calculated.original_amount_with_tax);
    const savings = savingsAgainst(amount, original);
    return {
      mode,
      amount: roundMoney(amount),
      currencyCode,
      reference: savings && original !== null ? { amount: roundMoney(original), kind: "was" } : null,
      savings,
    };
  }

  const amount = num(calculated.calculated_amount_without_tax);
  if (amount === null) return null;
  const rrp = num(calculated.original_amount_with_tax);
  return {
    mode,
    amount: roundMoney(amount),
    currencyCode,
    reference: rrp !== null ? { amount: roundMoney(rrp), kind: "rrp" } : null,
    savings: savingsAgainst(amount, num(calculated.original_amount_without_tax)),
  };
}

/** The cheapest displayable price among variants (for "From €x" on cards), or null. */
export function lowestPrice(
  variants: ReadonlyArray<{ calculated_price?: CalculatedPriceLike | null }> | null | undefined,
  mode: PriceMode,
): DisplayPrice | null {
  let best: DisplayPrice | null = null;
  for (const variant of variants ?? []) {
    const price = displayPrice(variant.calculated_price, mode);
    if (price && (!best || price.amount < best.amount)) best = price;
  }
  return best;
}

/** True when the variants do not all cost the same (so a card should say "From"). */
export function hasPriceRange(
  variants: ReadonlyArray<{ calculated_price?: CalculatedPriceLike | null }> | null | undefined,
  mode: PriceMode,
): boolean {
  const amounts = new Set<number>();
  for (const variant of variants ?? []) {
    const price = displayPrice(variant.calculated_price, mode);
    if (price) amounts.add(price.amount);
  }
  return amounts.size > 1;
}
