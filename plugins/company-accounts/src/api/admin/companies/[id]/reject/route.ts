import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectCompanyWorkflow } from "../../../../../workflows/company/workflows/reject-company"
import { companyDetail } from "../../helpers"
import type { AdminRejectCompanyType } from "../../validators"

/** POST /admin/companies/:id/reject { reason } → { company } now rejected. Only a pending company (else 400). */
export async function POST(req: MedusaRequest<AdminRejectCompanyType>, res: MedusaResponse) {
  await rejectCompanyWorkflow(req.scope).run({ input: { company_id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ company: await companyDetail(req.scope, req.params.id) })
}
