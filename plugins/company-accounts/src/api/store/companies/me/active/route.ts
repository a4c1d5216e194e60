import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolveMemberships } from "@hybrid/plugin-kit/company-context"
import { companyService } from "../../../../../lib/company-service"
import { companyView, membershipView } from "../../../../../lib/serialize"
import type { StoreSetActiveCompanyType } from "./validators"

/**
 * POST /store/companies/me/active { company_id } → { company, memberships }: the signed-in person
 * acts for this company from now on, in every browser (kept server-side): prices, cart, orders,
 * addresses, approvals and limits follow it. Only a company they belong to and that is active:
 * anything else answers 404 naming company_id, as for a company that does not exist.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetActiveCompanyType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { company_id } = req.validatedBody
  const service = companyService(req.scope)
  const membership = await service.companyContextOf(customerId, company_id)
  if (!membership || membership.company.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `company_id: no company of yours with id ${company_id}`)
  }
  await service.setActiveCompany(customerId, company_id)
  const memberships = await resolveMemberships(req.scope, customerId)
  res.json({
    company: companyView(membership.company),
    memberships: memberships.map((m) => membershipView(m, company_id)),
  })
}
