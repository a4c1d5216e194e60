import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { transitionMerchantReviewStep } from "../steps/transition-merchant-review"
import { validateMerchantReviewDecisionStep } from "../steps/validate-merchant-review-decision"

export type DecideMerchantReviewInput = {
  review_id: string
  /** The admin user deciding. */
  user_id: string
  decision: "approved" | "rejected"
  /** Optional when approving, required when rejecting (the route validates it). */
  comment?: string | null
}

export const decideMerchantReviewWorkflowId = "decide-merchant-review"

/**
 * The merchant approves a pending review (the order may now be fulfilled) or rejects it, which
 * cancels the order through Medusa's cancelOrderWorkflow (payments canceled or refunded,
 * reservations released; company-accounts' order.canceled subscriber releases the company's spend).
 * When the cancellation fails (e.g. the order already has a fulfilment), the review is put back to
 * pending: nothing is half-written.
 */
export const decideMerchantReviewWorkflow = createWorkflow(
  decideMerchantReviewWorkflowId,
  (input: DecideMerchantReviewInput) => {
    const validated = validateMerchantReviewDecisionStep({ review_id: input.review_id, user_id: input.user_id })
    const decided = transitionMerchantReviewStep(
      transform({ input, validated }, ({ input, validated }) => ({
        id: input.review_id,
        from: "pending" as const,
        to: input.decision,
        set: {
          decided_by: input.user_id,
          decided_by_name: validated.user_name,
          comment: input.comment?.trim() || null,
          decided_at: new Date(),
        },
      }))
    )
    when("review-rejected", { input }, ({ input }) => input.decision === "rejected").then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ input, validated }, ({ input, validated }) => ({
          order_id: validated.review.order_id,
          canceled_by: input.user_id,
        })),
      })
    })
    return new WorkflowResponse(decided)
  }
)
