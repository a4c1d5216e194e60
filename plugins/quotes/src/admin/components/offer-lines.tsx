import { Section } from "@hybrid/admin-ui"
import { formatMoney } from "@hybrid/admin-ui/format"
import { Table, Text } from "@medusajs/ui"
import type { Quote } from "../lib/types"
import { ChangeBadge } from "./badges"

/** The final offer of a closed quote (accepted, rejected or declined): requested next to offered, read-only. */
export const OfferLines = ({ quote }: { quote: Quote }) => {
  const currency = quote.currency_code
  return (
    <Section title={quote.status === "accepted" ? "Accepted offer" : "Last offer"}>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Requested</Table.HeaderCell>
            <Table.HeaderCell>Offered</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Subtotal</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="sr-only">Change</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {quote.lines.map((line) => {
            const removed = line.change === "removed"
            return (
              <Table.Row key={line.id} data-line-id={line.id} data-sku={line.sku ?? undefined}>
                <Table.Cell className="py-2">
                  <div className={`flex flex-col ${removed ? "text-ui-fg-muted line-through" : ""}`}>
                    <span className="txt-compact-small-plus">{line.title}</span>
                    <span className="text-ui-fg-subtle txt-compact-small">
                      {[line.variant_title, line.sku].filter(Boolean).join(" · ") || "—"}
                    </span>
                  </div>
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap py-2 tabular-nums">
                  {line.requested_quantity === null
                    ? "—"
                    : `${line.requested_quantity} × ${formatMoney(line.requested_unit_price, currency)}`}
                </Table.Cell>
                <Table.Cell
                  className="whitespace-nowrap py-2 tabular-nums"
                  data-offered-unit-price={String(line.unit_price)}
                >
                  {removed ? "—" : `${line.quantity} × ${formatMoney(line.unit_price, currency)}`}
                </Table.Cell>
                <Table.Cell className="py-2 text-right tabular-nums">
                  {removed ? "—" : formatMoney(line.subtotal, currency)}
                </Table.Cell>
                <Table.Cell className="py-2 text-right">
                  <ChangeBadge change={line.change} />
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 px-6 py-4 txt-compact-small" aria-label="Totals">
        <dt className="text-ui-fg-subtle">Requested (net)</dt>
        <dd className="text-right tabular-nums">{formatMoney(quote.totals.requested_subtotal, currency)}</dd>
        <dt className="txt-compact-small-plus">Offered (net)</dt>
        <dd className="txt-compact-small-plus text-right tabular-nums">
          {formatMoney(quote.totals.subtotal, currency)}
        </dd>
      </dl>
      {quote.lines.length === 0 && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No lines.
          </Text>
        </div>
      )}
    </Section>
  )
}
