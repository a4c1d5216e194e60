/**
 * CSV of the figures the dashboard shows (RFC 4180: comma-separated, CRLF line ends, fields with
 * commas, quotes or line breaks quoted). Text that a spreadsheet would run as a formula
 * (= + - @ at the start) is prefixed with an apostrophe; numbers are written as numbers.
 */
export type Cell = string | number | null | undefined

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  let text = value
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: Cell[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
}

type Figure = { value: number; previous: number; change: { percent: number | null } }
type Split<T> = { consumer: T; trade: T; total: T }
type Availability = { available: boolean; reason?: string; [key: string]: unknown }

/** The overview response, as far as the CSV reads it. */
export type OverviewForCsv = {
  currency_code: string
  period: { from: string; to: string; bucket: string; previous: { from: string; to: string } }
  kpis: Record<string, Split<Figure>>
  series: Array<{ bucket: string } & Split<{ revenue: number; orders: number }>>
  canceled: Split<{ orders: number; value: number }>
  refunds: Split<{ orders: number; amount: number }>
  guest_share: Split<{ guest_orders: number; registered_orders: number; guest_percent: number | null }>
  conversion: Split<{ carts: number; completed_carts: number; orders: number; rate_percent: number | null }>
  top_products: {
    consumer: Array<{ title: string; units: number; revenue: number }>
    trade: Array<{ title: string; units: number; revenue: number }>
  }
  top_companies: { available: boolean; companies?: Array<{ name: string; orders: number; revenue: number }> }
  trade: { quotes: Availability; approvals: Availability; credit: Availability }
}

const CHANNELS = ["consumer", "trade", "total"] as const
const LABELS: Record<string, string> = {
  revenue: "Revenue",
  orders: "Orders",
  average_order_value: "Average order value",
  units: "Units",
  new_customers: "New customers",
  returning_customers: "Returning customers",
}

/**
 * One row per figure: section, figure, channel, value, previous period's value, change in percent.
 * Everything is in one currency (the header says which); the period heads the file.
 */
export function overviewCsv(o: OverviewForCsv): string {
  const rows: Cell[][] = [
    [
      "Period",
      `${o.period.from} to ${o.period.to}`,
      "Previous period",
      `${o.period.previous.from} to ${o.period.previous.to}`,
      "Currency",
      o.currency_code.toUpperCase(),
    ],
    [],
    ["section", "figure", "channel", "value", "previous", "change_percent"],
  ]
  for (const [key, split] of Object.entries(o.kpis)) {
    for (const channel of CHANNELS) {
      const f = split[channel]
      rows.push(["kpi", LABELS[key] ?? key, channel, f.value, f.previous, f.change.percent])
    }
  }
  for (const channel of CHANNELS) {
    rows.push(["canceled", "Canceled orders", channel, o.canceled[channel].orders, null, null])
    rows.push(["canceled", "Canceled value", channel, o.canceled[channel].value, null, null])
    rows.push(["refunds", "Refunded amount", channel, o.refunds[channel].amount, null, null])
    rows.push(["guests", "Guest orders", channel, o.guest_share[channel].guest_orders, null, null])
    rows.push(["guests", "Registered orders", channel, o.guest_share[channel].registered_orders, null, null])
    rows.push(["guests", "Guest share %", channel, o.guest_share[channel].guest_percent, null, null])
    rows.push(["conversion", "Carts created", channel, o.conversion[channel].carts, null, null])
    rows.push(["conversion", "Carts completed", channel, o.conversion[channel].completed_carts, null, null])
    rows.push(["conversion", "Conversion %", channel, o.conversion[channel].rate_percent, null, null])
  }
  for (const channel of ["consumer", "trade"] as const) {
    o.top_products[channel].forEach((p, i) => {
      rows.push(["top_products", `#${i + 1} ${p.title}`, channel, p.revenue, null, null])
      rows.push(["top_products", `#${i + 1} ${p.title} (units)`, channel, p.units, null, null])
    })
  }
  if (o.top_companies.available) {
    for (const [i, c] of (o.top_companies.companies ?? []).entries()) {
      rows.push(["top_companies", `#${i + 1} ${c.name}`, "trade", c.revenue, null, null])
    }
  }
  for (const [name, figures] of Object.entries(o.trade)) {
    if (!figures.available) {
      rows.push(["trade", name, "trade", "not available", null, null])
      continue
    }
    for (const [key, value] of Object.entries(figures)) {
      if (key === "available" || (typeof value !== "number" && value !== null)) continue
      rows.push(["trade", `${name} ${key}`, "trade", value as number | null, null, null])
    }
  }
  rows.push([])
  rows.push([
    "bucket",
    "consumer_revenue",
    "consumer_orders",
    "trade_revenue",
    "trade_orders",
    "total_revenue",
    "total_orders",
  ])
  for (const point of o.series) {
    rows.push([
      point.bucket,
      point.consumer.revenue,
      point.consumer.orders,
      point.trade.revenue,
      point.trade.orders,
      point.total.revenue,
      point.total.orders,
    ])
  }
  return toCsv(rows)
}
