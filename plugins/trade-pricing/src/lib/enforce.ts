import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { rulesApply, rulesByVariant } from "./context"
import { checkQuantity, type QuantityRuleShape } from "./quantity-rules"

type Resolver = Pick<MedusaContainer, "resolve">

export type CartAudience = {
  sales_channel_id?: string | null
  customer_id?: string | null
  group_ids?: string[]
}

/** The buyer fields a cart hook's cart carries (core-flows types the hooks' `cart` as `any`). */
export type CartBuyer = {
  sales_channel_id?: string | null
  customer_id?: string | null
  customer?: { id: string; groups?: { id: string }[] | null } | null
}

/** The audience of a cart as the quantity rules see it: channel, customer and customer groups. */
export function cartAudience(cart: CartBuyer): CartAudience {
  return {
    sales_channel_id: cart.sales_channel_id,
    customer_id: cart.customer?.id ?? cart.customer_id,
    group_ids: cart.customer?.groups?.map((g) => g.id),
  }
}

/** What a cart would hold of one variant after a change: the total, and the quantity asked for. */
export type ResultingQuantity = { variant_id: string; total: number; requested: number }

/**
 * Throws 400 `quantity: SKU … is sold …` when the cart is subject to quantity rules (trade channel
 * or trade customer) and a resulting quantity breaks its variant's rule. A removal (total 0) is
 * always allowed. Used by the cart hooks; the bulk add reports the same checks line by line.
 */
export async function assertQuantityRules(
  container: Resolver,
  cart: CartAudience,
  resulting: ResultingQuantity[],
  /** The variants' rules when the caller has just looked them up (at least every changed variant's). */
  known?: Map<string, QuantityRuleShape>
) {
  const changes = resulting.filter((r) => r.total > 0)
  if (!changes.length) {
    return
  }
  const rules =
    known ??
    (await rulesByVariant(
      container,
      changes.map((c) => c.variant_id)
    ))
  if (!rules.size || !(await rulesApply(container, cart))) {
    return
  }
  const ruled = changes.filter((c) => rules.has(c.variant_id))
  if (!ruled.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "sku"],
    filters: { id: ruled.map((c) => c.variant_id) },
  })
  const skuOf = new Map(variants.map((v) => [v.id, v.sku ?? v.id]))
  const messages = ruled
    .map((c) => checkQuantity(skuOf.get(c.variant_id) ?? c.variant_id, rules.get(c.variant_id), c.total, c.requested))
    .filter((m): m is string => !!m)
  if (messages.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, messages.join("; "))
  }
}

/** Sums quantities per variant: what `items` add on top of what `existing` lines already hold. */
export function resultingQuantities(
  existing: { variant_id?: string | null; quantity: BigNumberInput }[],
  added: { variant_id?: string | null; quantity: BigNumberInput }[]
): ResultingQuantity[] {
  const totals = new Map<string, ResultingQuantity>()
  for (const item of added) {
    if (!item.variant_id) {
      continue
    }
    const entry = totals.get(item.variant_id) ?? { variant_id: item.variant_id, total: 0, requested: 0 }
    entry.requested += Number(item.quantity)
    totals.set(item.variant_id, entry)
  }
  for (const entry of totals.values()) {
    const held = existing
      .filter((line) => line.variant_id === entry.variant_id)
      .reduce((sum, line) => sum + Number(line.quantity), 0)
    entry.total = held + entry.requested
  }
  return [...totals.values()]
}
