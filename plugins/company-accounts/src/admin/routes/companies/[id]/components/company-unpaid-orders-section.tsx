import { ActionsHeaderCell, EmptyRow, ErrorRow, LoadingRow, Section, SectionCount, withToasts } from "@hybrid/admin-ui"
import { errorMessage, formatDate, formatMoney, toNumber } from "@hybrid/admin-ui/format"
import { Button, Table, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOpenOnAccountCommitments, useSettleCommitment } from "../../../../lib/companies"
import { customerName, orderField } from "../../../../lib/format"
import type { AdminCompanyDetail } from "../../../../lib/types"

/** Orders placed on account and not yet paid; marking one paid settles it and frees the credit it holds. */
export const CompanyUnpaidOrdersSection = ({ company }: { company: AdminCompanyDetail }) => {
  const hasCreditHistory = company.payment_terms !== "prepaid" || (toNumber(company.credit?.used) ?? 0) > 0
  const { data, isLoading, isError, error } = useOpenOnAccountCommitments(company.id, hasCreditHistory)
  const settle = useSettleCommitment()
  const prompt = usePrompt()

  if (!hasCreditHistory) {
    return null
  }

  const orders = new Map((company.orders ?? []).map((order) => [order.id, order]))
  const employees = new Map((company.employees ?? []).map((employee) => [employee.id, employee]))
  const commitments = data?.commitments ?? []

  const markPaid = async (commitmentId: string, label: string, amount: string) => {
    const confirmed = await prompt({
      title: `Mark ${label} paid?`,
      description: `${amount} is released from ${company.name}'s credit exposure and the order's payment is captured.`,
      confirmText: "Mark paid",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    settle.mutate(
      { companyId: company.id, commitmentId },
      withToasts({
        success: `${label.charAt(0).toUpperCase()}${label.slice(1)} marked paid`,
        failure: "Could not mark the order paid",
      })
    )
  }

  return (
    <Section title="Unpaid orders on account" actions={data ? <SectionCount count={data.count} /> : undefined}>
      {isLoading ? (
        <LoadingRow />
      ) : isError ? (
        <ErrorRow what="unpaid orders" reason={errorMessage(error)} />
      ) : commitments.length === 0 ? (
        <EmptyRow>Nothing outstanding: every order on account is paid.</EmptyRow>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Placed by</Table.HeaderCell>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <ActionsHeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {commitments.map((commitment) => {
              const order = commitment.order_id ? orders.get(commitment.order_id) : undefined
              const label = order?.display_id !== undefined ? `order #${order.display_id}` : "this order"
              const amount = formatMoney(commitment.amount, commitment.currency_code)
              return (
                <Table.Row key={commitment.id}>
                  <Table.Cell>
                    {commitment.order_id ? (
                      <Link to={`/orders/${commitment.order_id}`} className="text-ui-fg-interactive hover:underline">
                        {order?.display_id !== undefined ? `#${order.display_id}` : commitment.order_id}
                      </Link>
                    ) : (
                      "Order being placed"
                    )}
                  </Table.Cell>
                  <Table.Cell>{customerName(employees.get(commitment.employee_id)?.customer)}</Table.Cell>
                  <Table.Cell>{formatDate(order ? orderField(order, "due_date") : null)}</Table.Cell>
                  <Table.Cell className="text-right">{amount}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={!commitment.order_id || settle.isPending}
                      onClick={() => markPaid(commitment.id, label, amount)}
                    >
                      Mark paid
                    </Button>
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
