import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/**
 * employee.customer: the Medusa customer behind an employee. Read-only: `employee.customer_id` is
 * the single source of truth, so the association can never disagree with it.
 */
export default defineLink(
  { linkable: CompanyModule.linkable.employee, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
