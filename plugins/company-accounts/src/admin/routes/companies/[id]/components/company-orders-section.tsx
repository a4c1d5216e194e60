import { EmptyRow, Section, SectionCount } from "@hybrid/admin-ui"
import { formatDate, formatMoney } from "@hybrid/admin-ui/format"
import { Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { PAYMENT_TERMS_LABELS, orderField } from "../../../../lib/format"
import type { AdminCompanyDetail } from "../../../../lib/types"

/** The company's orders with their B2B fields: PO number, terms, due date, payment status. */
export const CompanyOrdersSection = ({ company }: { company: AdminCompanyDetail }) => {
  const orders = company.orders ?? []
  return (
    <Section title="Orders" actions={<SectionCount count={orders.length} />}>
      {orders.length === 0 ? (
        <EmptyRow>No orders yet.</EmptyRow>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>PO number</Table.HeaderCell>
              <Table.HeaderCell>Terms</Table.HeaderCell>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell>Payment</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {orders.map((order) => {
              const terms = orderField(order, "payment_terms") as keyof typeof PAYMENT_TERMS_LABELS | null
              return (
                <Table.Row key={order.id}>
                  <Table.Cell>
                    <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive hover:underline">
                      {order.display_id !== undefined ? `#${order.display_id}` : order.id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{formatDate(order.created_at)}</Table.Cell>
                  <Table.Cell>{orderField(order, "po_number") ?? "—"}</Table.Cell>
                  <Table.Cell>{terms ? (PAYMENT_TERMS_LABELS[terms] ?? terms) : "—"}</Table.Cell>
                  <Table.Cell>{formatDate(orderField(order, "due_date"))}</Table.Cell>
                  <Table.Cell className="capitalize">{order.payment_status?.replace(/_/g, " ") ?? "—"}</Table.Cell>
                  <Table.Cell className="text-right">
                    {formatMoney(order.total ?? null, order.currency_code ?? company.currency_code)}
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
