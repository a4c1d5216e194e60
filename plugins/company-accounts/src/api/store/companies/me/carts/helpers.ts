import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

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
