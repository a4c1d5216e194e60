import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertQuantityRules } from "../../lib/enforce"

/**
 * Quantity rules on POST /store/carts/:id/line-items/:line_id: the line's new quantity (plus any
 * other line of the same variant) must be allowed when the cart is a trade cart. Quantity 0 removes
 * the line and is always allowed.
 */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = input.update?.quantity
  if (quantity === undefined || quantity === null) {
    return
  }
  const items = ((cart as any).items ?? []) as { id: string; variant_id: string | null; quantity: number }[]
  const line = items.find((i) => i?.id === input.item_id)
  if (!line?.variant_id) {
    return
  }
  const others = items
    .filter((i) => i && i.id !== line.id && i.variant_id === line.variant_id)
    .reduce((sum, i) => sum + Number(i.quantity), 0)
  await assertQuantityRules(
    container,
    {
      sales_channel_id: cart.sales_channel_id,
      customer_id: (cart as any).customer?.id ?? (cart as any).customer_id,
      group_ids: (cart as any).customer?.groups?.map((g: { id: string }) => g.id),
    },
    [{ variant_id: line.variant_id, total: others + Number(quantity), requested: Number(quantity) }]
  )
})
