import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { CustomerDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { companyContext } from "@hybrid/plugin-kit/company-context"

/**
 * Which quotes a store caller sees: a company admin all of the company's, everyone else only the
 * quotes they requested. Quotes outside the scope answer 404, like unknown ids.
 */
export function storeScope(req: AuthenticatedMedusaRequest): { company_id: string; customer_id?: string } {
  const { company, employee } = companyContext(req)
  return employee.role === "admin"
    ? { company_id: company.id }
    : { company_id: company.id, customer_id: req.auth_context.actor_id }
}

/** The caller's display name (first and last name, else email). */
export async function customerName(req: AuthenticatedMedusaRequest): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["first_name", "last_name", "email"],
    filters: { id: req.auth_context.actor_id },
  })
  const customer: Pick<CustomerDTO, "first_name" | "last_name" | "email"> | undefined = data[0]
  return (
    [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") ||
    customer?.email ||
    req.auth_context.actor_id
  )
}
