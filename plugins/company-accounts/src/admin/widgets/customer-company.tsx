import { EmptyRow, ErrorRow, Fields, LoadingRow, Section } from "@hybrid/admin-ui"
import { errorMessage } from "@hybrid/admin-ui/format"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Link } from "react-router-dom"
import { CompanyStatusBadge } from "../components/company-status-badge"
import { RoleBadge } from "../components/role-badge"
import { useCustomerCompany } from "../lib/companies"
import { spendingLimitLabel } from "../lib/format"

/** On a customer's page: the company they work for, their role and spending limit, if any. */
const CustomerCompanyWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, isError, error } = useCustomerCompany(customer.id)

  if (isLoading) {
    return (
      <Section title="Company account">
        <LoadingRow />
      </Section>
    )
  }

  if (isError) {
    return (
      <Section title="Company account">
        <ErrorRow what="the company" reason={errorMessage(error)} />
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
            value: <RoleBadge role={employee.role} />,
          },
          {
            label: "Spending limit",
            value: spendingLimitLabel(employee.spending_limit, company.currency_code),
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
