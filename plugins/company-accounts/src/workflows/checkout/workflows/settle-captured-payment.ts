import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { findOrderCommitmentStep } from "../steps/find-order-commitment"
import { settleCommitmentStep } from "../steps/settle-commitment"

/**
 * A payment captured anywhere (Medusa's order page, the payment API, or our "Mark paid") settles
 * the order's open on-account commitment, so the credit line frees up however the merchant records
 * the payment. Already settled or prepaid commitments are left alone.
 */
export const settleCapturedPaymentWorkflow = createWorkflow(
  "settle-captured-payment",
  (input: { payment_id: string }) => {
    const found = findOrderCommitmentStep({ payment_id: input.payment_id })
    when("commitment-is-open-on-account", { found }, ({ found }) => !!found && found.on_account && !found.settled).then(
      () => {
        const settle = transform({ found }, ({ found }) => ({ commitment_id: found!.commitment_id }))
        settleCommitmentStep(settle)
      }
    )
    return new WorkflowResponse(found)
  }
)
