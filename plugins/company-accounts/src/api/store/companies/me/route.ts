import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyService } from "../../../../lib/company-service"
import { companyContext, resolveMemberships } from "@hybrid/plugin-kit/company-context"
import { companyView, membershipView } from "../../../../lib/serialize"
import { creditSummary, spendingSummary } from "../../../../lib/spending"

/**
 * GET /store/companies/me → { company, employee, spending, credit, memberships } for the
 * signed-in employee: the company they act for now (the active membership) and every company they
 * belong to (`memberships`: id, name, role, status, active — what the site's switcher offers).
 * Also answers for a pending or rejected company (the site shows the application's state); every
 * other company route needs an active company.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { company, employee } = companyContext(req)
  const service = companyService(req.scope)
  const [spending, credit, memberships] = await Promise.all([
    spendingSummary(service, company, employee),
    creditSummary(service, company),
    resolveMemberships(req.scope, req.auth_context.actor_id),
  ])
  res.json({
    company: companyView(company),
    employee: { id: employee.id, role: employee.role, spending_limit: employee.spending_limit ?? null },
    spending,
    credit,
    memberships: memberships.map((membership) => membershipView(membership, company.id)),
  })
}
