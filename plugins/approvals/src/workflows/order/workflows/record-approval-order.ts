import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { merchantReviewRequired } from "../../../lib/notifications"
import { resolveApprovalsOptionsStep } from "../../approval/steps/resolve-approvals-options"
import { transitionApprovalRequestStep } from "../../approval/steps/transition-approval-request"
import { createMerchantReviewStep } from "../../merchant-review/steps/create-merchant-review"
import { loadApprovalOrderStep } from "../steps/load-approval-order"

export const recordApprovalOrderWorkflowId = "record-approval-order"

/**
 * After an order is placed (order.placed): the approved request of its cart becomes `ordered` with
 * the order id, and — when the merchant has a review rule for the order's currency and the order
 * total exceeds it — a pending merchant review is created (fulfilment is refused until it is
 * approved) and the merchant is emailed (merchant_review.required). Safe to run twice.
 */
export const recordApprovalOrderWorkflow = createWorkflow(
  recordApprovalOrderWorkflowId,
  (input: { order_id: string }) => {
    const loaded = loadApprovalOrderStep(input)

    when("order-had-approval", { loaded }, ({ loaded }) => !!loaded.approval_id).then(() => {
      transitionApprovalRequestStep(
        transform({ loaded }, ({ loaded }) => ({
          id: loaded.approval_id!,
          from: "approved" as const,
          to: "ordered" as const,
          set: { order_id: loaded.order_id },
        }))
      )
    })

    const review = when("order-needs-review", { loaded }, ({ loaded }) => !!loaded.review).then(() => {
      const created = createMerchantReviewStep(transform({ loaded }, ({ loaded }) => loaded.review!))
      const options = resolveApprovalsOptionsStep()
      sendNotificationsStep(
        transform({ created, options, loaded }, ({ created, options, loaded }) => [
          merchantReviewRequired(options.merchantEmail, created, loaded.threshold ?? 0),
        ])
      )
      return created
    })

    return new WorkflowResponse(
      transform({ loaded, review }, ({ loaded, review }) => ({ ...loaded, review: review ?? null }))
    )
  }
)
