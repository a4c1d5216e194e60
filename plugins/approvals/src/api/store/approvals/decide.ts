import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { approvalView } from "../../../lib/serialize"
import { decideApprovalRequestWorkflow } from "../../../workflows/approval/workflows/decide-approval-request"

/** The handler of POST /store/approvals/:id/approve and …/reject (see decideApprovalRequestWorkflow). */
export function decideHandler(decision: "approved" | "rejected") {
  return withHttpErrors(async (req: AuthenticatedMedusaRequest<{ comment?: string | null }>, res: MedusaResponse) => {
    const { company, employee } = companyContext(req)
    const { result } = await decideApprovalRequestWorkflow(req.scope).run({
      input: {
        approval_id: req.params.id,
        company_id: company.id,
        decider_customer_id: employee.customer_id,
        decision,
        comment: req.validatedBody.comment,
      },
    })
    res.json({ approval: approvalView(result, { customer_id: employee.customer_id }) })
  })
}
