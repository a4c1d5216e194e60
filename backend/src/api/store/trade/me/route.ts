import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { resolveMemberships } from "@hybrid/plugin-kit/company-context"
import { TRADE_CUSTOMER_GROUP } from "../../../../lib/channels"

type TradeCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  company_name: string | null
  groups?: ({ id: string; name: string } | null)[] | null
}

/**
 * GET /store/trade/me — the signed-in customer and whether they hold trade access (membership of
 * the Trade customer group). The trade storefront admits only customers with `is_trade: true`.
 * `companies`: every company the person belongs to (id, name, role, status, currency_code, active), the one they
 * act for first — what the site's company switcher shows (empty without company accounts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "company_name", "groups.id", "groups.name"],
    filters: { id: req.auth_context.actor_id },
  })
  // Rows are untyped for `tsc` and typed by the generated types in `medusa build`; both fit this shape.
  const customers = data as unknown as TradeCustomer[]
  const customer = customers[0]
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer not found")
  }
  const groups = (customer.groups ?? []).filter((g) => g !== null).map((g) => ({ id: g.id, name: g.name }))
  const memberships = await resolveMemberships(req.scope, customer.id)
  res.json({
    customer: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name,
      last_name: customer.last_name,
      company_name: customer.company_name,
    },
    is_trade: groups.some((g) => g.name === TRADE_CUSTOMER_GROUP),
    groups,
    companies: memberships.map(({ company, employee }, index) => ({
      id: company.id,
      name: company.name,
      role: employee.role,
      status: company.status,
      // A company buys in one currency: the site offers only the countries priced in it.
      currency_code: company.currency_code,
      active: index === 0,
    })),
  })
}
