import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalModule } from "../../../lib/approval-module"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import type { ApprovalRequestRecord } from "../../../lib/serialize"

/** The cart's pending approval request, or 409 when it has none. Read-only. */
export const findPendingApprovalStep = createStep(
  "find-pending-approval",
  async (input: { cart_id: string }, { container }) => {
    const [pending] = await approvalModule(container).listApprovalRequests(
      { cart_id: input.cart_id, status: "pending" },
      { take: 1 }
    )
    if (!pending) {
      throw conflict("This cart has no pending approval to withdraw.")
    }
    return new StepResponse(pending as unknown as ApprovalRequestRecord)
  }
)
