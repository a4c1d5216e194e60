import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/** customer.employee: the inverse of employee-customer, for reads that start from a customer. */
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...CompanyModule.linkable.employee.id, primaryKey: "customer_id" },
  { readOnly: true }
)
