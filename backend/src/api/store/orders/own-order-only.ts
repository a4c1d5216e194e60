import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's `GET /store/orders/:id` is unauthenticated on purpose: for a guest order the id is the
 * credential, so a guest's confirmation page works (Medusa's docs, "Restrict Order Retrieval").
 * An order of a registered customer (every trade order: contract prices, the company's address)
 * is not handed out for its id alone: only that customer, signed in, gets it here; anyone else
 * gets 404 exactly as for an unknown id. Colleagues read company orders through
 * `GET /store/companies/me/orders/:id`, which applies the company's roles. Guest orders keep
 * Medusa's behaviour (the consumer site shows them only to the browser that placed them).
 */
export async function ownOrderOnly(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Runs after authenticate(…, { allowUnauthenticated: true }): auth_context is set when signed in.
  const req = request as AuthenticatedMedusaRequest
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const order = data[0] as { customer_id: string | null; customer?: { has_account?: boolean } | null } | undefined
  if (!order || !order.customer?.has_account || req.auth_context?.actor_id === order.customer_id) {
    return next()
  }
  return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order id not found: ${req.params.id}`))
}
