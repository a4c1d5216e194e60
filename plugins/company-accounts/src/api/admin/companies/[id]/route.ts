import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCompanyWorkflow } from "../../../../workflows/company/workflows/update-company"
import { companyDetail } from "../helpers"
import type { AdminUpdateCompanyType } from "../validators"

/** GET /admin/companies/:id → { company } with employees, addresses, customer_group_id, credit and orders. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ company: await companyDetail(req.scope, req.params.id) })
}

/**
 * POST /admin/companies/:id { name?, payment_terms?, credit_limit?, po_required?, spending_period?,
 * status? (active|suspended) } → { company }. Suspending withdraws trade prices; reactivating restores them.
 */
export async function POST(req: MedusaRequest<AdminUpdateCompanyType>, res: MedusaResponse) {
  await updateCompanyWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ company: await companyDetail(req.scope, req.params.id) })
}
