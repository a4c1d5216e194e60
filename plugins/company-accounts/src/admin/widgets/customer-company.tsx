import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CompanyStatusBadge } from "../components/company-status-badge"
import { EmptyRow, Fields, Section } from "../components/section"
import { useCustomerCompany } from "../lib/companies"
import { ROLE_LABELS, errorMessage, formatMoney } from "../lib/format"

/** On a customer's page: the company they work for, their role and spending limit, if any. */
const CustomerCompanyWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, isError, error } = useCustomerCompany(customer.id)

  if (isLoading) {
    return (
      <Section title="Company account">
        <div className="px-6 py-4" aria-busy="true">
          <Skeleton className="h-4 w-48" />
        </div>
      </Section>
    )
  }

  if (isError) {
    return (
      <Section title="Company account">
        <div className="px-6 py-4" role="alert">
          <Text size="small" className="text-ui-fg-error">
            Could not load the company: {errorMessage(error)}
          </Text>
        </div>
      </Section>
    )
  }

  if (!data) {
    return (
      <Section title="Company account">
        <EmptyRow>Not an employee of any company.</EmptyRow>
      </Section>
    )
  }

  const { company, employee } = data
  return (
    <Section title="Company account">
      <Fields
        rows={[
          {
            label: "Company",
            value: (
              <Link to={`/companies/${company.id}`} className="text-ui-fg-interactive hover:underline">
                {company.name}
              </Link>
            ),
          },
          { label: "Status", value: <CompanyStatusBadge status={company.status} /> },
          {
            label: "Role",
            value: (
              <Badge size="2xsmall" color={employee.role === "admin" ? "blue" : "grey"}>
                {ROLE_LABELS[employee.role] ?? employee.role}
              </Badge>
            ),
          },
          {
            label: "Spending limit",
            value:
              employee.spending_limit === null || employee.spending_limit === undefined
                ? "No limit"
                : formatMoney(employee.spending_limit, company.currency_code),
          },
        ]}
      />
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "company-accounts:customer-company",
})

export default CustomerCompanyWidget
