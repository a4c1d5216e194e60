import { Modules } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, updateOrdersStep } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../../constants"
import { attachCommitmentToOrderStep } from "../steps/attach-commitment-to-order"
import { loadCompanyOrderStep } from "../steps/load-company-order"

/**
 * Files a placed order under its company: the cart's spend commitment gets the order id, the
 * company ↔ order link is created and the order's metadata gets { company_id, employee_id,
 * po_number, payment_terms, due_date }. Does nothing for orders of customers outside companies;
 * safe to run twice for the same order.
 */
export const recordCompanyOrderWorkflow = createWorkflow("record-company-order", (input: { order_id: string }) => {
  const context = loadCompanyOrderStep(input)

  when("is-company-order", { context }, ({ context }) => !!context).then(() => {
    const ids = transform({ context }, ({ context }) => ({
      commitment_id: context!.commitment_id,
      order_id: context!.order_id,
    }))
    attachCommitmentToOrderStep(ids)

    const links = transform({ context }, ({ context }) =>
      context!.link_missing
        ? [
            {
              [COMPANY_MODULE]: { company_id: context!.company_id },
              [Modules.ORDER]: { order_id: context!.order_id },
            },
          ]
        : []
    )
    createRemoteLinkStep(links)

    const update = transform({ context }, ({ context }) => ({
      selector: { id: context!.order_id },
      update: { metadata: context!.metadata },
    }))
    updateOrdersStep(update)
  })

  return new WorkflowResponse(context)
})
