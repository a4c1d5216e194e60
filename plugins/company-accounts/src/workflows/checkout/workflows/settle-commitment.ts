import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { findSettleableCommitmentStep } from "../steps/find-settleable-commitment"
import { settleCommitmentStep } from "../steps/settle-commitment"

export type SettleCommitmentWorkflowInput = {
  company_id: string
  commitment_id: string
  /** Admin user recording the payment. */
  captured_by?: string
}

/**
 * Records that a company paid an order placed on account: the commitment is settled (its amount no
 * longer counts against the credit limit) and the order's on-account payment is captured, so the
 * order shows as paid. Idempotent: settling a settled commitment changes nothing.
 */
export const settleCommitmentWorkflow = createWorkflow("settle-commitment", (input: SettleCommitmentWorkflowInput) => {
  const found = findSettleableCommitmentStep(input)

  when("commitment-is-open", { found }, ({ found }) => !found.already_settled).then(() => {
    settleCommitmentStep({ commitment_id: found.commitment_id })
  })

  when("payment-is-uncaptured", { found }, ({ found }) => !!found.payment_id).then(() => {
    const capture = transform({ found, input }, ({ found, input }) => ({
      payment_id: found.payment_id!,
      captured_by: input.captured_by,
    }))
    capturePaymentWorkflow.runAsStep({ input: capture })
  })

  return new WorkflowResponse(found)
})
