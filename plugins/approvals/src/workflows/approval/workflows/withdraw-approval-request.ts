import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findPendingApprovalStep } from "../steps/find-pending-approval"
import { transitionApprovalRequestStep } from "../steps/transition-approval-request"
import { cartApprovalLockKey } from "./submit-approval-request"

export type WithdrawApprovalRequestInput = { cart_id: string }

export const withdrawApprovalRequestWorkflowId = "withdraw-approval-request"

/**
 * The cart's owner withdraws its pending request (409 when none is pending, or when an approver
 * decided it a moment before): the request becomes `withdrawn` and the cart is editable again.
 */
export const withdrawApprovalRequestWorkflow = createWorkflow(
  withdrawApprovalRequestWorkflowId,
  (input: WithdrawApprovalRequestInput) => {
    const lock = transform({ input }, ({ input }) => cartApprovalLockKey(input.cart_id))
    acquireLockStep({ key: lock, timeout: 10, ttl: 30 })
    const pending = findPendingApprovalStep({ cart_id: input.cart_id })
    const withdrawn = transitionApprovalRequestStep(
      transform({ pending }, ({ pending }) => ({
        id: pending.id,
        from: "pending" as const,
        to: "withdrawn" as const,
        conflict_message: "This approval was decided a moment ago and can no longer be withdrawn.",
      }))
    )
    releaseLockStep({ key: lock })
    return new WorkflowResponse(withdrawn)
  }
)
