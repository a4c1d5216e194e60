import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalModule } from "../../../lib/approval-module"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import { customerIdentity } from "../../../lib/requirement"
import type { ApprovalRequestRecord } from "../../../lib/serialize"

export type ValidateApprovalDecisionInput = {
  approval_id: string
  company_id: string
  decider_customer_id: string
  decision: "approved" | "rejected"
}

/**
 * The decision rules, checked before any write (the caller's role was checked by the route's
 * company guard): the request must belong to the decider's company (404 otherwise, like an unknown
 * id); nobody decides their own request (403); only pending requests are decided (409). Returns the
 * request and the decider's display name. Read-only.
 */
export const validateApprovalDecisionStep = createStep(
  "validate-approval-decision",
  async (input: ValidateApprovalDecisionInput, { container }) => {
    const [request] = (await approvalModule(container).listApprovalRequests(
      { id: input.approval_id, company_id: input.company_id },
      { take: 1 }
    )) as unknown as ApprovalRequestRecord[]
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval with id: ${input.approval_id} was not found`)
    }
    if (request.requested_by_customer_id === input.decider_customer_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        input.decision === "approved" ? "You cannot approve your own cart" : "You cannot reject your own cart"
      )
    }
    if (request.status !== "pending") {
      throw conflict(`This approval was already decided: its status is ${request.status}.`)
    }
    const decider = await customerIdentity(container, input.decider_customer_id)
    return new StepResponse({ request, decider_name: decider.name })
  }
)
