/**
 * The quantity rules other plugins may use (`@hybrid/trade-pricing/quantity-rules`): the quotes
 * plugin checks a counter-offer with them so the merchant cannot send quantities the buyer's cart
 * would be refused. Everything else under src/ is this plugin's own.
 *
 * - `rulesByVariant(container, variantIds)`: the rules of these variants, by variant id.
 * - `rulesApply(container, { sales_channel_id, customer_id })`: whether the rules apply to that
 *   buyer (trade channel or trade customer group), as at cart creation.
 * - `checkQuantity(sku, rule, quantity)`: null when allowed, else the message carts get
 *   (`quantity: SKU … is sold in multiples of 6 from 12 … (nearest allowed: 18, 24)`).
 */
export { checkQuantity, type QuantityRuleShape } from "./lib/quantity-rules"
export { rulesApply, rulesByVariant } from "./lib/context"
