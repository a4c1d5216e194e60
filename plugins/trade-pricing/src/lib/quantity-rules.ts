/**
 * Quantity rules: which quantities of a variant a trade cart may hold. Pure functions, shared by
 * the cart hooks, the bulk add and the price explanations.
 *
 * A quantity q is allowed when q ≥ min_quantity, (q − min_quantity) is a multiple of increment,
 * and q ≤ max_quantity (when there is a maximum).
 */

export type QuantityRuleShape = {
  min_quantity: number
  increment: number
  max_quantity: number | null
}

/** The public view of a rule (what APIs return as `quantity_rule`). */
export function ruleView(rule: QuantityRuleShape | null | undefined): QuantityRuleShape | null {
  if (!rule) {
    return null
  }
  return {
    min_quantity: Number(rule.min_quantity),
    increment: Number(rule.increment),
    max_quantity: rule.max_quantity === null || rule.max_quantity === undefined ? null : Number(rule.max_quantity),
  }
}

export function isAllowedQuantity(quantity: number, rule: QuantityRuleShape): boolean {
  if (!Number.isInteger(quantity) || quantity < rule.min_quantity) {
    return false
  }
  if (rule.max_quantity !== null && quantity > rule.max_quantity) {
    return false
  }
  return (quantity - rule.min_quantity) % rule.increment === 0
}

/** The largest allowed quantity (the maximum rounded down onto the increment grid), or null when unbounded. */
export function largestAllowed(rule: QuantityRuleShape): number | null {
  if (rule.max_quantity === null) {
    return null
  }
  if (rule.max_quantity < rule.min_quantity) {
    return null
  }
  return rule.min_quantity + Math.floor((rule.max_quantity - rule.min_quantity) / rule.increment) * rule.increment
}

/**
 * Up to two allowed quantities nearest to `quantity`: the allowed quantity just below and just
 * above it (one of them when the other does not exist), ascending. An allowed quantity is returned
 * as itself.
 */
export function nearestAllowed(quantity: number, rule: QuantityRuleShape): number[] {
  const largest = largestAllowed(rule)
  if (rule.max_quantity !== null && largest === null) {
    return []
  }
  if (quantity <= rule.min_quantity) {
    const next = rule.min_quantity + rule.increment
    return largest === null || next <= largest ? [rule.min_quantity, next] : [rule.min_quantity]
  }
  if (largest !== null && quantity >= largest) {
    const previous = largest - rule.increment
    return previous >= rule.min_quantity ? [previous, largest] : [largest]
  }
  const steps = Math.floor((quantity - rule.min_quantity) / rule.increment)
  const below = rule.min_quantity + steps * rule.increment
  if (below === quantity) {
    return [quantity]
  }
  return [below, below + rule.increment]
}

/** "sold in multiples of 6 from 12 up to 120", "sold from 2 units", "sold in multiples of 6". */
export function describeRule(rule: QuantityRuleShape): string {
  const parts: string[] = []
  if (rule.increment > 1) {
    parts.push(`in multiples of ${rule.increment}`)
  }
  if (rule.min_quantity > 1) {
    parts.push(`from ${rule.min_quantity}`)
  }
  if (rule.max_quantity !== null) {
    parts.push(`up to ${rule.max_quantity}`)
  }
  return parts.length ? `sold ${parts.join(" ")}` : "sold in any quantity"
}

/**
 * The message for a quantity that breaks a rule, e.g. "quantity: SKU HC-COL-1KG is sold in
 * multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)". `total` is the quantity the cart
 * would hold; when it differs from what was asked (`requested`), the message says so.
 */
export function quantityRuleMessage(sku: string, rule: QuantityRuleShape, total: number, requested?: number): string {
  const nearest = nearestAllowed(total, rule)
  const holding = requested !== undefined && requested !== total ? ` (the cart would hold ${total})` : ""
  const hint = nearest.length ? ` (nearest allowed: ${nearest.join(", ")})` : ""
  return `quantity: SKU ${sku} is ${describeRule(rule)}${holding}${hint}`
}

/** Violations of a rule: null when `quantity` is allowed, else the message. */
export function checkQuantity(
  sku: string,
  rule: QuantityRuleShape | null | undefined,
  total: number,
  requested?: number
): string | null {
  if (!rule || isAllowedQuantity(total, rule)) {
    return null
  }
  return quantityRuleMessage(sku, rule, total, requested)
}

/** Validation of a rule's own fields; the first problem as "field: message", or null. */
export function ruleProblem(rule: {
  min_quantity: number
  increment: number
  max_quantity: number | null
}): string | null {
  if (!Number.isInteger(rule.min_quantity) || rule.min_quantity < 1) {
    return "min_quantity: must be a whole number of at least 1"
  }
  if (!Number.isInteger(rule.increment) || rule.increment < 1) {
    return "increment: must be a whole number of at least 1"
  }
  if (rule.max_quantity !== null) {
    if (!Number.isInteger(rule.max_quantity)) {
      return "max_quantity: must be a whole number or null"
    }
    if (rule.max_quantity < rule.min_quantity) {
      return `max_quantity: must be at least min_quantity (${rule.min_quantity})`
    }
  }
  return null
}
