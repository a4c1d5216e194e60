import { EmptyRow, Section, SectionCount } from "@hybrid/admin-ui"
import { Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { RoleBadge } from "../../../../components/role-badge"
import { customerName, spendingLimitLabel } from "../../../../lib/format"
import type { AdminCompanyDetail } from "../../../../lib/types"

/** The company's employees: name (linking to the customer), email, role and spending limit. */
export const CompanyEmployeesSection = ({ company }: { company: AdminCompanyDetail }) => {
  const employees = company.employees ?? []
  return (
    <Section title="Employees" actions={<SectionCount count={employees.length} />}>
      {employees.length === 0 ? (
        <EmptyRow>No employees.</EmptyRow>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Spending limit</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {employees.map((employee) => {
              const customerId = employee.customer?.id ?? employee.customer_id
              return (
                <Table.Row key={employee.id}>
                  <Table.Cell>
                    {customerId ? (
                      <Link to={`/customers/${customerId}`} className="text-ui-fg-interactive hover:underline">
                        {customerName(employee.customer)}
                      </Link>
                    ) : (
                      customerName(employee.customer)
                    )}
                  </Table.Cell>
                  <Table.Cell>{employee.customer?.email ?? "—"}</Table.Cell>
                  <Table.Cell>
                    <RoleBadge role={employee.role} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {spendingLimitLabel(employee.spending_limit, company.currency_code)}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}
