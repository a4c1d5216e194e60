import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { assertQuantityRules, resultingQuantities } from "../../lib/enforce"

/**
 * Quantity rules when a cart changes hands (POST /store/carts/:id/customer): a guest cart filled
 * on the consumer channel and then handed to a trade buyer must hold allowed quantities, or the
 * rules could be side-stepped by filling the cart before signing in.
 */
transferCartCustomerWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.variant_id", "items.quantity"],
    filters: { id: (cart as { id: string }).id },
  })
  const lines = ((data[0]?.items ?? []) as ({ variant_id: string | null; quantity: number } | null)[]).filter(
    (line): line is { variant_id: string | null; quantity: number } => !!line
  )
  if (!lines.length) {
    return
  }
  await assertQuantityRules(
    container,
    { sales_channel_id: data[0].sales_channel_id, customer_id: input.customer_id },
    resultingQuantities([], lines)
  )
})
