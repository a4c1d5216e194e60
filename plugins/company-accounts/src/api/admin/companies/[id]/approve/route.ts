import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pluginOptions } from "../../../../../lib/options"
import { approveCompanyWorkflow } from "../../../../../workflows/company/workflows/approve-company"
import { companyDetail } from "../../helpers"
import type { AdminApproveCompanyType } from "../../validators"

/**
 * POST /admin/companies/:id/approve { payment_terms?, credit_limit?, po_required?, spending_period? }
 * → { company } now active. Only a pending company (else 400). payment_terms defaults to the
 * plugin's defaultPaymentTerms.
 */
export async function POST(req: MedusaRequest<AdminApproveCompanyType>, res: MedusaResponse) {
  const body = req.validatedBody
  await approveCompanyWorkflow(req.scope).run({
    input: {
      company_id: req.params.id,
      ...body,
      payment_terms: body.payment_terms ?? pluginOptions(req.scope).defaultPaymentTerms,
    },
  })
  res.json({ company: await companyDetail(req.scope, req.params.id) })
}
