/**
 * Quantity rules of trade variants (minimum, case size, maximum per order), as the trade-pricing
 * plugin returns them. The backend enforces them; the site only shows them and shapes the
 * quantity inputs, so the buyer rarely meets the error.
 *
 * Allowed quantities: q ≥ min_quantity, (q − min_quantity) a multiple of increment, q ≤ max_quantity.
 */
import { MAX_QUANTITY } from "./tiers";

export interface QuantityRule {
  min_quantity: number;
  increment: number;
  max_quantity: number | null;
}

/** A rule that restricts nothing reads as no rule. */
export function isRestrictive(rule: QuantityRule | null | undefined): rule is QuantityRule {
  return Boolean(rule && (rule.min_quantity > 1 || rule.increment > 1 || rule.max_quantity !== null));
}

/** "Cases of 6 · min 12 · max 120", "Min 2", "Max 10"; null without a restrictive rule. */
export function describeQuantityRule(rule: QuantityRule | null | undefined): string | null {
  if (!isRestrictive(rule)) return null;
  const parts: string[] = [];
  if (rule.increment > 1) parts.push(`Cases of ${rule.increment}`);
  if (rule.min_quantity > 1 && rule.min_quantity !== rule.increment) parts.push(`min ${rule.min_quantity}`);
  if (rule.max_quantity !== null) parts.push(`max ${rule.max_quantity}`);
  const text = parts.join(" · ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function isAllowedQuantity(rule: QuantityRule | null | undefined, quantity: number): boolean {
  if (!Number.isInteger(quantity) || quantity < 1) return false;
  if (!rule) return true;
  if (quantity < rule.min_quantity) return false;
  if (rule.max_quantity !== null && quantity > rule.max_quantity) return false;
  return (quantity - rule.min_quantity) % rule.increment === 0;
}

/**
 * The smallest quantity the rule allows that is at least `quantity` (to turn a tier break of 10
 * into "order 12" for cases of 6 from 12), or null when the maximum is below it.
 */
export function firstAllowedFrom(rule: QuantityRule | null | undefined, quantity: number): number | null {
  if (!rule) return quantity;
  const candidate =
    quantity <= rule.min_quantity
      ? rule.min_quantity
      : rule.min_quantity + Math.ceil((quantity - rule.min_quantity) / rule.increment) * rule.increment;
  return rule.max_quantity !== null && candidate > rule.max_quantity ? null : candidate;
}

/**
 * Attributes for a quantity input that follow the rule. The browser's step base is `min`, so
 * `min=12 step=6` allows exactly 12, 18, 24…, the rule's own grid.
 */
export function quantityInputAttributes(rule: QuantityRule | null | undefined): {
  min: number;
  step: number;
  max: number;
} {
  const min = rule?.min_quantity ?? 1;
  return {
    min,
    step: rule?.increment ?? 1,
    max: Math.min(rule?.max_quantity ?? MAX_QUANTITY, MAX_QUANTITY),
  };
}

/**
 * The backend's rule error without its field prefix, ready to show on the line: "quantity: SKU X
 * is sold in multiples of 6 …" -> "SKU X is sold in multiples of 6 …".
 */
export function ruleErrorText(message: string): string {
  return message.replace(/^\s*(?:items\.\d+\.)?quantity:\s*/i, "").trim();
}
