import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { listCompanyEmployees } from "./helpers"

/** GET /store/companies/me/employees (company admins) → { employees: [{ id, role, spending_limit, customer }] } */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { company } = companyContext(req)
  res.json({ employees: await listCompanyEmployees(req.scope, { company_id: company.id }) })
}
