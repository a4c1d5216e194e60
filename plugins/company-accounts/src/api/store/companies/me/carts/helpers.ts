import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cartCompanyId } from "@hybrid/plugin-kit/company-context"
import { conflict } from "@hybrid/plugin-kit/http-errors"

export type OwnCart = {
  id: string
  customer_id: string | null
  completed_at: Date | string | null
  currency_code: string
  metadata: Record<string, unknown> | null
}

/**
 * The customer's own open cart, or 404: another customer's cart, a completed cart and an unknown id
 * answer alike.
 */
export async function ownOpenCartOr404(
  scope: Pick<MedusaContainer, "resolve">,
  cartId: string,
  customerId: string
): Promise<OwnCart> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "currency_code", "metadata"],
    filters: { id: cartId },
  })
  const cart = data[0] as OwnCart | undefined
  if (!cart || cart.customer_id !== customerId || cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  return cart
}

/**
 * The customer's own open cart as a cart of the company they act for: a cart that belongs to
 * another of their companies answers 409 naming cart_id (one company's cart is never used under
 * another's addresses, rules or prices; switching back to that company makes it usable again).
 * Routes answering it wrap their handler in `withHttpErrors`.
 */
export async function companyCartOr409(
  scope: Pick<MedusaContainer, "resolve">,
  cartId: string,
  customerId: string,
  companyId: string
): Promise<OwnCart> {
  const cart = await ownOpenCartOr404(scope, cartId, customerId)
  const owner = cartCompanyId(cart)
  if (owner && owner !== companyId) {
    throw conflict(`cart_id: cart ${cartId} belongs to another of your companies; switch to that company to use it`)
  }
  return cart
}

/**
 * The id of the customer's newest open cart of this company (`metadata.company_id`) in these sales
 * channels (all when none), or null. Carts of a quote are never "the cart"; a cart of no company
 * is not this company's (trade carts are stamped when created, see workflows/hooks/create-cart.ts).
 */
export async function currentCompanyCartId(
  scope: Pick<MedusaContainer, "resolve">,
  customerId: string,
  companyId: string,
  channelIds: string[]
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "metadata", "updated_at"],
    filters: {
      customer_id: customerId,
      completed_at: null,
      ...(channelIds.length ? { sales_channel_id: channelIds } : {}),
    } as Record<string, unknown>,
    pagination: { order: { updated_at: "DESC" }, take: 50 },
  })
  const carts = data as { id: string; metadata: Record<string, unknown> | null }[]
  return carts.find((cart) => cartCompanyId(cart) === companyId && !cart.metadata?.quote_id)?.id ?? null
}
