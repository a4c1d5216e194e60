import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Existence checks in front of Medusa routes whose workflows crash (500) on an id that does not
 * exist, found by the fuzz suite (backend/integration-tests/http/fuzz): each answers 404 naming the
 * id instead.
 */

/**
 * `DELETE /store/carts/:id/line-items/:line_id` only for a line of that cart. Medusa's
 * deleteLineItemsWorkflow deletes the line by its id alone and then fails on refreshing a cart
 * that does not exist (a 500, found by the fuzz suite); a line of another cart must not be
 * deletable through a made-up cart id either. Both now answer 404 naming the id.
 */
export async function lineOfCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id"],
    filters: { id: req.params.id },
  })
  const cart = data[0] as { id: string; items?: Array<{ id: string } | null> } | undefined
  if (!cart) {
    next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`))
    return
  }
  if (!(cart.items ?? []).some((item) => item?.id === req.params.line_id)) {
    next(new MedusaError(MedusaError.Types.NOT_FOUND, `Line item id not found in this cart: ${req.params.line_id}`))
    return
  }
  next()
}

/**
 * `POST /store/payment-collections/:id/payment-sessions` only for a payment collection that exists
 * (Medusa's createPaymentSessionsWorkflow reads the collection's amount without checking it).
 */
export async function paymentCollectionExists(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment_collection", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) {
    next(new MedusaError(MedusaError.Types.NOT_FOUND, `Payment collection id not found: ${req.params.id}`))
    return
  }
  next()
}

/**
 * `POST` / `DELETE /store/carts/:id/promotions` only for a cart that exists (Medusa's
 * updateCartPromotionsWorkflow validates the cart it did not find).
 */
export async function cartExists(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) {
    next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`))
    return
  }
  next()
}
