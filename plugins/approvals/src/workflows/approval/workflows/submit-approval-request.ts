import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { approvalRequested } from "../../../lib/notifications"
import { createApprovalRequestStep } from "../steps/create-approval-request"
import { listApprovalRecipientsStep } from "../steps/list-approval-recipients"
import { prepareApprovalRequestStep, type PrepareApprovalRequestInput } from "../steps/prepare-approval-request"
import { resolveApprovalsOptionsStep } from "../steps/resolve-approvals-options"

export type SubmitApprovalRequestInput = PrepareApprovalRequestInput

export const submitApprovalRequestWorkflowId = "submit-approval-request"

/** The lock every write about one cart's approval holds (submission, withdrawal). */
export function cartApprovalLockKey(cartId: string) {
  return `approval-cart:${cartId}`
}

/**
 * An employee submits their cart for the company's approval: under the cart's lock, checks the cart
 * needs approval and has none pending (see prepareApprovalRequestStep), stores a pending request
 * with a snapshot of the lines, the net value, the reasons and the content hash — which locks the
 * cart against edits (api/store/carts/middlewares.ts) — and emails the company's approvers and
 * admins (approval.requested), the requester excepted.
 */
export const submitApprovalRequestWorkflow = createWorkflow(
  submitApprovalRequestWorkflowId,
  (input: SubmitApprovalRequestInput) => {
    const lock = transform({ input }, ({ input }) => cartApprovalLockKey(input.cart_id))
    acquireLockStep({ key: lock, timeout: 10, ttl: 30 })
    const prepared = prepareApprovalRequestStep(input)
    const request = createApprovalRequestStep(prepared)
    const recipients = listApprovalRecipientsStep(
      transform({ input }, ({ input }) => ({ company_id: input.company_id, exclude_customer_id: input.customer_id }))
    )
    const options = resolveApprovalsOptionsStep()
    sendNotificationsStep(
      transform({ recipients, request, options }, ({ recipients, request, options }) =>
        recipients.map((to) => approvalRequested(to, request, `${options.tradeStorefrontUrl}/approvals/${request.id}`))
      )
    )
    releaseLockStep({ key: lock })
    return new WorkflowResponse(request)
  }
)
