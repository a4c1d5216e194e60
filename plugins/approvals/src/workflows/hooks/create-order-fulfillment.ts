import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { fulfilmentBlock } from "../../lib/reviews"

/**
 * Merchant review on every fulfilment, whoever creates it: the admin route is answered with 409 by
 * a middleware before the workflow runs (api/admin/approvals/middlewares.ts); callers outside HTTP
 * (scripts, other workflows) reach this hook, which throws so createOrderFulfillmentWorkflow
 * compensates — the fulfilment, its links and the inventory changes are undone.
 */
createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(async ({ fulfillment }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: fulfillment.id },
  })
  const orderId = (data[0] as { order_id?: string } | undefined)?.order_id
  if (!orderId) {
    return
  }
  const block = await fulfilmentBlock(container, orderId)
  if (block) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, block)
  }
})
