import { EmptyRow } from "@hybrid/admin-ui"
import { formatDate, formatMoney } from "@hybrid/admin-ui/format"
import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CHANNEL_LABELS } from "../lib/format"
import { company360Link, orderLink } from "../lib/links"
import type { Lifetime, TimelineEvent } from "../lib/types"

const channelColor = (channel: string) => (channel === "trade" ? "blue" : channel === "consumer" ? "green" : "grey")

/** Orders, carts and memberships across both portals, newest first. */
export const Timeline = ({ events, limit = 25 }: { events: TimelineEvent[]; limit?: number }) => {
  if (events.length === 0) {
    return <EmptyRow>Nothing yet: no orders, carts or company memberships.</EmptyRow>
  }
  return (
    <ol className="divide-y" aria-label="Timeline">
      {events.slice(0, limit).map((event) => (
        <li
          key={`${event.type}-${"order_id" in event ? event.order_id : "cart_id" in event ? event.cart_id : event.employee_id}`}
          className="flex items-center justify-between gap-x-4 px-6 py-3"
          data-event={event.type}
        >
          <div className="flex min-w-0 flex-col gap-y-0.5">
            <div className="flex flex-wrap items-center gap-2">
              {"channel" in event && (
                <Badge size="2xsmall" color={channelColor(event.channel)}>
                  {CHANNEL_LABELS[event.channel]}
                </Badge>
              )}
              <EventTitle event={event} />
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDate(event.at)}
              {event.type === "order" && event.email ? ` · ${event.email}` : ""}
            </Text>
          </div>
          {event.type === "order" && (
            <div className="text-right">
              <Text size="small" className={event.status === "canceled" ? "text-ui-fg-muted line-through" : undefined}>
                {formatMoney(event.total, event.currency_code)}
              </Text>
              {event.refunded > 0 && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  refunded {formatMoney(event.refunded, event.currency_code)}
                </Text>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  )
}

const EventTitle = ({ event }: { event: TimelineEvent }) => {
  switch (event.type) {
    case "order":
      return (
        <span className="txt-compact-small">
          <Link to={orderLink(event.order_id)} className="text-ui-fg-interactive hover:underline">
            Order {event.display_id !== null ? `#${event.display_id}` : event.order_id}
          </Link>
          {event.company ? (
            <>
              {" for "}
              <Link to={company360Link(event.company.id)} className="text-ui-fg-interactive hover:underline">
                {event.company.name}
              </Link>
            </>
          ) : event.guest ? (
            " as a guest"
          ) : (
            " with their account"
          )}
          {event.status === "canceled" ? " (canceled)" : ""}
        </span>
      )
    case "cart":
      return (
        <span className="txt-compact-small">
          {event.completed_at ? "Cart checked out" : "Open cart"} · {event.items} item{event.items === 1 ? "" : "s"}
        </span>
      )
    case "membership":
      return (
        <span className="txt-compact-small">
          Joined{" "}
          <Link to={company360Link(event.company.id)} className="text-ui-fg-interactive hover:underline">
            {event.company.name}
          </Link>{" "}
          as {event.role}
        </span>
      )
  }
}

/** Lifetime figures per channel and currency (never summed across currencies). */
export const LifetimeTable = ({ lifetime }: { lifetime: Lifetime }) => {
  if (lifetime.length === 0) {
    return <EmptyRow>No orders yet.</EmptyRow>
  }
  return (
    <table className="w-full txt-compact-small" aria-label="Lifetime figures">
      <thead className="text-ui-fg-subtle">
        <tr className="border-b">
          <th className="px-6 py-2 text-left font-normal">Channel</th>
          <th className="px-3 py-2 text-right font-normal">Orders</th>
          <th className="px-3 py-2 text-right font-normal">Revenue</th>
          <th className="px-3 py-2 text-right font-normal">Avg. order</th>
          <th className="px-6 py-2 text-right font-normal">Last order</th>
        </tr>
      </thead>
      <tbody>
        {lifetime.map((row) => (
          <tr
            key={`${row.channel}-${row.currency_code}`}
            className="border-b last:border-b-0"
            data-lifetime={`${row.channel}-${row.currency_code}`}
          >
            <td className="px-6 py-2">
              <Badge size="2xsmall" color={channelColor(row.channel)}>
                {CHANNEL_LABELS[row.channel]}
              </Badge>{" "}
              <span className="text-ui-fg-subtle">{row.currency_code.toUpperCase()}</span>
            </td>
            <td className="px-3 py-2 text-right">
              {row.orders}
              {row.canceled_orders > 0 && <span className="text-ui-fg-muted"> (+{row.canceled_orders} canceled)</span>}
            </td>
            <td className="px-3 py-2 text-right">{formatMoney(row.revenue, row.currency_code)}</td>
            <td className="px-3 py-2 text-right">{formatMoney(row.average_order_value, row.currency_code)}</td>
            <td className="px-6 py-2 text-right">{formatDate(row.last_order_at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
