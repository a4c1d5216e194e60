import { model } from "@medusajs/framework/utils"

/**
 * How many units of a variant a trade cart may hold: at least `min_quantity`, in steps of
 * `increment` from there, at most `max_quantity` (none: no maximum). One rule per variant.
 * Invariants (checked by the API before writing): min_quantity ≥ 1, increment ≥ 1,
 * max_quantity null or ≥ min_quantity.
 */
export const QuantityRule = model.define("quantity_rule", {
  id: model.id({ prefix: "qrule" }).primaryKey(),
  variant_id: model.text().unique(),
  min_quantity: model.number().default(1),
  increment: model.number().default(1),
  max_quantity: model.number().nullable(),
})
