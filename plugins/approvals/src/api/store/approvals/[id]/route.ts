import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { approvalView } from "../../../../lib/serialize"
import { visibleApprovalOr404 } from "../helpers"

/** GET /store/approvals/:id → { approval }; other companies' and (for non-deciders) others' → 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const request = await visibleApprovalOr404(req.scope, companyContext(req), req.params.id)
  res.json({ approval: approvalView(request) })
}
