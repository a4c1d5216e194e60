import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { approvalView } from "../../../../lib/serialize"
import { visibleApprovalOr404 } from "../helpers"

/** GET /store/approvals/:id → { approval }; other companies' and (for non-deciders) others' → 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = companyContext(req)
  const request = await visibleApprovalOr404(req.scope, context, req.params.id)
  res.json({ approval: approvalView(request, { customer_id: context.employee.customer_id }) })
}
