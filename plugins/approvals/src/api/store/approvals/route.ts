import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { approvalModule } from "../../../lib/approval-module"
import { approvalView, type ApprovalRequestRecord } from "../../../lib/serialize"
import { inboxScope } from "./helpers"
import type { StoreListApprovalsType } from "./validators"

/**
 * GET /store/approvals?status=pending|approved|rejected|withdrawn|ordered|all (default pending)&limit&offset
 * → { approvals, count, counts: { pending, approved, rejected } }, newest first. Approvers and
 * admins see their company's requests, everyone else their own; `counts` covers the same scope
 * whatever the status filter.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as unknown as StoreListApprovalsType
  const context = companyContext(req)
  const scope = inboxScope(context)
  const viewer = { customer_id: context.employee.customer_id }
  const service = approvalModule(req.scope)
  const filters = status === "all" ? scope : { ...scope, status }
  const [approvals, count] = await service.listAndCountApprovalRequests(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC" },
  })
  const countOf = async (s: "pending" | "approved" | "rejected") =>
    (await service.listAndCountApprovalRequests({ ...scope, status: s }, { take: 1, select: ["id"] }))[1]
  const [pending, approved, rejected] = await Promise.all([
    countOf("pending"),
    countOf("approved"),
    countOf("rejected"),
  ])
  res.json({
    approvals: approvals.map((a) => approvalView(a as unknown as ApprovalRequestRecord, viewer)),
    count,
    limit,
    offset,
    counts: { pending, approved, rejected },
  })
}
