import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { reorderIntoCartWorkflow } from "../../../../../../../workflows/checkout/workflows/reorder-into-cart"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { companyCartOr409 } from "../../../carts/helpers"
import { companyOrderOr404 } from "../../helpers"
import type { StoreReorderType } from "../../validators"

/**
 * Puts the order's items into the caller's cart (`cart_id`, a cart of the company they act for:
 * another company's cart is 409) or a new cart of the company, in one request.
 */
export const POST = withHttpErrors(async (req: AuthenticatedMedusaRequest<StoreReorderType>, res: MedusaResponse) => {
  const context = companyContext(req)
  const customerId = req.auth_context.actor_id
  const order = await companyOrderOr404(req.scope, context, req.params.id)
  const cartId = req.validatedBody.cart_id
  if (cartId) {
    await companyCartOr409(req.scope, cartId, customerId, context.company.id)
  }
  const { result } = await reorderIntoCartWorkflow(req.scope).run({
    input: { order_id: order.id, customer_id: customerId, cart_id: cartId, company_id: context.company.id },
  })
  const cart = await refetchCart(result.cart_id, req.scope, defaultStoreCartFields)
  res.json({ cart })
})
