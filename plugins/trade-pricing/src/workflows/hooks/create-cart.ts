import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertQuantityRules, resultingQuantities } from "../../lib/enforce"

/**
 * Quantity rules on POST /store/carts with `items`: the new cart's quantities must be allowed when
 * it is a trade cart (trade channel, or a customer in the trade group).
 */
createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (cart?.items ?? input?.items ?? []).filter(Boolean)
  if (!items.length) {
    return
  }
  await assertQuantityRules(
    container,
    {
      sales_channel_id: input.sales_channel_id ?? cart.sales_channel_id,
      customer_id: input.customer_id ?? cart.customer_id,
    },
    resultingQuantities([], items)
  )
})
