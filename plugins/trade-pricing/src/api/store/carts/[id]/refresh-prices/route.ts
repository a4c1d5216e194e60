import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"

type CartOwner = {
  id: string
  completed_at: string | Date | null
  customer_id: string | null
  customer?: { has_account?: boolean | null } | null
}

/**
 * POST /store/carts/:id/refresh-prices — "Update prices": re-prices every line of the caller's open
 * cart that is not custom-priced to what the caller gets now (Medusa's refreshCartItemsWorkflow with
 * force_refresh: current price lists and date windows, the customer's current groups, tiers at each
 * line's quantity); taxes, promotions and the payment collection follow (its payment sessions are
 * dropped: start one again). Answers 200 { cart }. A registered customer's cart answers only to
 * that customer, a guest's cart (no customer, or a guest customer record made from its email) to
 * anyone holding its id, as Medusa's own cart routes do; 404 otherwise and for a completed or
 * unknown cart. 409 while an approval request is pending (the approvals plugin's cart lock).
 * Quoted (custom) prices stay as they are.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const cart = data[0] as unknown as CartOwner | undefined
  const guestCart = !cart?.customer_id || !cart.customer?.has_account
  const callersCart = guestCart || cart?.customer_id === req.auth_context?.actor_id
  if (!cart || cart.completed_at || !callersCart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`)
  }
  await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id: cart.id, force_refresh: true } })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ cart: await refetchCart(cart.id, req.scope, defaultStoreCartFields) })
}
