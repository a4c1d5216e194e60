import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { rulesByVariant } from "../../lib/context"
import { assertQuantityRules, cartAudience, resultingQuantities } from "../../lib/enforce"

/**
 * Quantity rules on POST /store/carts/:id/line-items (and every other caller of addToCartWorkflow:
 * bulk add, reorder): the quantity the cart would hold of each variant — what it holds now plus
 * what is added — must be allowed by the variant's rule when the cart is a trade cart.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (input.items ?? []) as { variant_id?: string; quantity: number }[]
  // Most adds are of variants without a rule: one indexed lookup, then nothing more.
  const rules = await rulesByVariant(container, items.map((i) => i.variant_id!).filter(Boolean))
  if (!rules.size) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.variant_id", "items.quantity"],
    filters: { id: cart.id },
  })
  const existing = ((data[0]?.items ?? []) as ({ variant_id: string | null; quantity: number } | null)[]).filter(
    (i): i is { variant_id: string | null; quantity: number } => !!i
  )
  await assertQuantityRules(
    container,
    // core-flows types the hook's cart as `any`: it is the cart with its customer and groups.
    cartAudience(cart),
    resultingQuantities(existing, items),
    rules
  )
})
