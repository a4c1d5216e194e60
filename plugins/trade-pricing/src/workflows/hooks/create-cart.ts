import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertQuantityRules, resultingQuantities } from "../../lib/enforce"

/**
 * Quantity rules on POST /store/carts with `items`: the new cart's quantities must be allowed when
 * it is a trade cart (trade channel, or a customer in the trade group).
 */
createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (((cart as any)?.items ?? (input as any)?.items ?? []) as { variant_id?: string; quantity: number }[]).filter(
    Boolean
  )
  if (!items.length) {
    return
  }
  await assertQuantityRules(
    container,
    {
      sales_channel_id: (input as any).sales_channel_id ?? (cart as any).sales_channel_id,
      customer_id: (input as any).customer_id ?? (cart as any).customer_id,
    },
    resultingQuantities([], items)
  )
})
