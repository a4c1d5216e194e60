import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertQuantityRules, cartAudience, type CartBuyer } from "../../lib/enforce"

/**
 * Quantity rules on POST /store/carts/:id/line-items/:line_id: the line's new quantity (plus any
 * other line of the same variant) must be allowed when the cart is a trade cart. Quantity 0 removes
 * the line: allowed when no other line of the variant is left, else what those lines hold is checked
 * (as DELETE …/line-items/:line_id is, in api/store/carts/cart-rules.ts).
 */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = input.update?.quantity
  if (quantity === undefined || quantity === null) {
    return
  }
  // core-flows types the hook's cart as `any`: it is the cart with its items and customer groups.
  const trade: CartBuyer & { items?: { id: string; variant_id: string | null; quantity: number }[] | null } = cart
  const items = trade.items ?? []
  const line = items.find((i) => i?.id === input.item_id)
  if (!line?.variant_id) {
    return
  }
  const others = items
    .filter((i) => i && i.id !== line.id && i.variant_id === line.variant_id)
    .reduce((sum, i) => sum + Number(i.quantity), 0)
  await assertQuantityRules(container, cartAudience(trade), [
    { variant_id: line.variant_id, total: others + Number(quantity), requested: Number(quantity) },
  ])
})
