/**
 * What the cart says beside a line's price, from the backend's explanation of that line: where the
 * price comes from, the saving against the RRP, the next quantity break ("Order 10 for €26.20
 * each") and the quantity rule.
 */
import { formatMoney, localeForCurrency } from "@hybrid/storefront-kit";
import { sourceLabel, type LineExplanation } from "../pricing/explanations";
import { describeQuantityRule, firstAllowedFrom, quantityInputAttributes } from "../pricing/quantity-rule";

export interface CartLineNotes {
  /** "Trade prices, 10+", "Base price"; null without an explanation (or a price). */
  source: string | null;
  /** "You save €10.60 (25%) on the RRP". */
  saving: string | null;
  /** "Order 10 for €26.20 each (6 more)". */
  nextTier: string | null;
  /** "Cases of 6 · min 12 · max 120". */
  rule: string | null;
  input: { min: number; step: number; max: number };
}

export function describeCartLine(explanation: LineExplanation | undefined, currencyCode: string): CartLineNotes {
  const fmt = (amount: number) => formatMoney(amount, currencyCode, localeForCurrency(currencyCode));
  if (!explanation)
    return { source: null, saving: null, nextTier: null, rule: null, input: quantityInputAttributes(null) };
  const next = explanation.next_tier;
  // The break itself may not be an allowed quantity (tier at 10, cases of 6): name the first one that is.
  const target = next ? firstAllowedFrom(explanation.quantity_rule, next.min_quantity) : null;
  const more = next && target !== null ? target - explanation.quantity : 0;
  return {
    source: explanation.unit_price === null ? null : sourceLabel(explanation.source),
    saving: explanation.saving
      ? `You save ${fmt(explanation.saving.amount)} (${explanation.saving.percent}%) on the RRP`
      : null,
    nextTier: next && more > 0 ? `Order ${target} for ${fmt(next.unit_price)} each (${more} more)` : null,
    rule: describeQuantityRule(explanation.quantity_rule),
    input: quantityInputAttributes(explanation.quantity_rule),
  };
}
