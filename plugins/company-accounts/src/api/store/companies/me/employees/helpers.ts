import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EMPLOYEE_FIELDS } from "../../../../../lib/serialize"

type Employee = {
  id: string
  role: string
  spending_limit: number | null
  customer?: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

/** The company's employees with their customer's name and email, oldest first. */
export async function listCompanyEmployees(
  scope: Pick<MedusaContainer, "resolve">,
  filters: { company_id: string; id?: string }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "employee",
    fields: EMPLOYEE_FIELDS,
    filters,
    pagination: { order: { created_at: "ASC" } },
  })
  return (data as Employee[]).map((e) => ({
    id: e.id,
    role: e.role,
    spending_limit: e.spending_limit ?? null,
    customer: e.customer
      ? {
          id: e.customer.id,
          email: e.customer.email,
          first_name: e.customer.first_name,
          last_name: e.customer.last_name,
        }
      : null,
  }))
}
