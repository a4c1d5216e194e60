import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { approvalDecided } from "../../../lib/notifications"
import { resolveApprovalsOptionsStep } from "../steps/resolve-approvals-options"
import { transitionApprovalRequestStep } from "../steps/transition-approval-request"
import { validateApprovalDecisionStep } from "../steps/validate-approval-decision"

export type DecideApprovalRequestInput = {
  approval_id: string
  /** The decider's company (from the company guard): requests of other companies are not found. */
  company_id: string
  decider_customer_id: string
  decision: "approved" | "rejected"
  /** Optional when approving, required when rejecting (the route validates it). */
  comment?: string | null
}

export const decideApprovalRequestWorkflowId = "decide-approval-request"

/**
 * An approver or admin approves or rejects a pending request of their company: the rules of
 * validateApprovalDecisionStep (404 other company, 403 own request, 409 not pending), then one
 * conditional UPDATE pending → decision, so of two concurrent decisions exactly one is recorded
 * and the other answers 409; then the requester is emailed (approval.approved / approval.rejected).
 * Rejecting unlocks the cart (only pending requests lock it).
 */
export const decideApprovalRequestWorkflow = createWorkflow(
  decideApprovalRequestWorkflowId,
  (input: DecideApprovalRequestInput) => {
    const validated = validateApprovalDecisionStep({
      approval_id: input.approval_id,
      company_id: input.company_id,
      decider_customer_id: input.decider_customer_id,
      decision: input.decision,
    })
    const decided = transitionApprovalRequestStep(
      transform({ input, validated }, ({ input, validated }) => ({
        id: input.approval_id,
        from: "pending" as const,
        to: input.decision,
        set: {
          decided_by_customer_id: input.decider_customer_id,
          decided_by_name: validated.decider_name,
          decision_comment: input.comment?.trim() || null,
          decided_at: new Date(),
        },
        conflict_message: "This approval was decided by someone else a moment ago.",
      }))
    )
    const options = resolveApprovalsOptionsStep()
    sendNotificationsStep(
      transform({ decided, options }, ({ decided, options }) =>
        decided.requester_email
          ? [
              approvalDecided(
                decided.requester_email,
                decided,
                {
                  status: decided.status as "approved" | "rejected",
                  decided_by_name: decided.decided_by_name,
                  comment: decided.decision_comment,
                },
                `${options.tradeStorefrontUrl}/cart`
              ),
            ]
          : []
      )
    )
    return new WorkflowResponse(decided)
  }
)
