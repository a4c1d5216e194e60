import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { findOrderCommitmentStep } from "../steps/find-order-commitment"
import { releaseCommitmentStep } from "../steps/release-commitment"

/**
 * A canceled company order gives its spend back: the commitment leaves the employee's spending
 * period and, when it was on account and unpaid, the company's credit exposure. Orders of other
 * customers are ignored. Idempotent.
 */
export const releaseOrderCommitmentWorkflow = createWorkflow(
  "release-order-commitment",
  (input: { order_id: string }) => {
    const found = findOrderCommitmentStep({ order_id: input.order_id })
    when("order-has-commitment", { found }, ({ found }) => !!found).then(() => {
      const release = transform({ found }, ({ found }) => ({ commitment_id: found!.commitment_id }))
      releaseCommitmentStep(release)
    })
    return new WorkflowResponse(found)
  }
)
