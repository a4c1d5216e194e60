import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyService } from "../../../../lib/company-service"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { companyView } from "../../../../lib/serialize"
import { creditSummary, spendingSummary } from "../../../../lib/spending"

/**
 * GET /store/companies/me → { company, employee, spending, credit } for the signed-in employee.
 * Also answers for a pending or rejected company (the site shows the application's state); every
 * other company route needs an active company.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { company, employee } = companyContext(req)
  const service = companyService(req.scope)
  const [spending, credit] = await Promise.all([
    spendingSummary(service, company, employee),
    creditSummary(service, company),
  ])
  res.json({
    company: companyView(company),
    employee: { id: employee.id, role: employee.role, spending_limit: employee.spending_limit ?? null },
    spending,
    credit,
  })
}
