import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Resolver = Pick<MedusaContainer, "resolve">

export type CartForMerge = {
  id: string
  customer_id: string | null
  sales_channel_id: string | null
  completed_at: string | null
  customer?: { has_account?: boolean } | null
  items?: ({ variant_id: string | null; quantity: number; is_custom_price?: boolean | null } | null)[] | null
}

/**
 * The customer's current cart in these sales channels: their newest cart that is not completed.
 * This is what "the cart follows the person" means: it is a cart row with the customer's id, so
 * any browser the customer signs in on finds it.
 */
export async function currentCartOf(
  container: Resolver,
  customerId: string,
  channelIds: string[],
  exceptId?: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "updated_at"],
    filters: {
      customer_id: customerId,
      completed_at: null,
      ...(channelIds.length ? { sales_channel_id: channelIds } : {}),
    } as Record<string, unknown>,
    pagination: { order: { updated_at: "DESC" }, take: 5 },
  })
  return (data as { id: string }[]).find((cart) => cart.id !== exceptId)?.id ?? null
}

export async function cartForMerge(container: Resolver, cartId: string): Promise<CartForMerge | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "sales_channel_id",
      "completed_at",
      "customer.has_account",
      "items.variant_id",
      "items.quantity",
      "items.is_custom_price",
    ],
    filters: { id: cartId },
  })
  return (data[0] as CartForMerge | undefined) ?? null
}
