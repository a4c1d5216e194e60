import { CHANNEL_KEYS, type Bucket, type ChannelKey } from "../../constants"
import type { CompanyReader } from "../../lib/company-figures"
import { bucketKeys, change, isoDay, round2 } from "../../lib/period"
import { bind, num, type SqlExecutor } from "./sql"

/**
 * The dashboard's figures, computed in PostgreSQL with a handful of grouped statements over the
 * chosen period and the previous one: their cost grows with the orders *in the period* (served by
 * the indexes in indexes.ts), never with the whole order history, and no order is loaded into Node.
 *
 * What counts (the same everywhere in the plugin):
 * - An order counts when it is placed: not a draft, not deleted, not canceled. Canceled orders are
 *   left out of every figure and reported on their own (count and value).
 * - Revenue is what the customer was charged at checkout (the order's original total: items,
 *   shipping and tax, after discounts) minus what was refunded on it since. A refund lowers the
 *   revenue of the period the order was placed in (order-date basis), so past periods can change.
 * - Units are the ordered quantities; average order value is revenue / orders.
 * - A customer is a person, recognised by email (a guest and a registered account with the same
 *   email are one customer). New: no counted order in that channel before the period (in any
 *   channel for the total); returning: at least one.
 * - Everything is for one currency; amounts are in its major units.
 */

/** Conditions of a counted (placed, not canceled) order `o`. */
const PLACED = `o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'draft'`
const COUNTED = `${PLACED} AND o.status <> 'canceled'`

/** The order's charged total and refunded amount, from its latest summary. */
const SUMMARY_JOIN = `
  LEFT JOIN LATERAL (
    SELECT COALESCE((s.totals->>'original_order_total')::numeric, 0) AS gross,
           COALESCE((s.totals->>'refunded_total')::numeric, 0) AS refunded
    FROM order_summary s
    WHERE s.order_id = o.id AND s.deleted_at IS NULL
    ORDER BY s.version DESC
    LIMIT 1
  ) sm ON true`

export type ChannelIds = Record<ChannelKey, string | null>

export type OverviewQuery = {
  currency_code: string
  from: Date
  to: Date
  previous: { from: Date; to: Date }
  bucket: Bucket
  channels: ChannelIds
  top: number
  /** The installed company plugin's figures (top companies, credit); null when there is none. */
  companies: CompanyReader | null
}

export type Figure = { value: number; previous: number; change: { absolute: number; percent: number | null } }
export type Split<T> = Record<ChannelKey | "total", T>

export type Overview = {
  kpis: {
    revenue: Split<Figure>
    orders: Split<Figure>
    average_order_value: Split<Figure>
    units: Split<Figure>
    new_customers: Split<Figure>
    returning_customers: Split<Figure>
  }
  series: Array<{ bucket: string } & Split<{ revenue: number; orders: number }>>
  canceled: Split<{ orders: number; value: number }>
  refunds: Split<{ orders: number; amount: number }>
  guest_share: Split<{ guest_orders: number; registered_orders: number; guest_percent: number | null }>
  conversion: Split<{ carts: number; completed_carts: number; orders: number; rate_percent: number | null }>
  top_products: Record<ChannelKey, Array<{ product_id: string | null; title: string; units: number; revenue: number }>>
  top_companies:
    | { available: true; companies: Array<{ company_id: string; name: string; orders: number; revenue: number }> }
    | { available: false; reason: string }
  credit:
    | { available: true; companies: number; limit: number; used: number; available_credit: number; over_limit: number }
    | { available: false; reason: string }
}

type Acc = {
  orders: number
  gross: number
  refunded: number
  units: number
  registered: number
  canceled: number
  canceledValue: number
  refundedOrders: number
}

const emptyAcc = (): Acc => ({
  orders: 0,
  gross: 0,
  refunded: 0,
  units: 0,
  registered: 0,
  canceled: 0,
  canceledValue: 0,
  refundedOrders: 0,
})

function channelKeyOf(channels: ChannelIds, salesChannelId: string | null): ChannelKey | null {
  for (const key of CHANNEL_KEYS) {
    if (channels[key] && channels[key] === salesChannelId) return key
  }
  return null
}

function split<T>(make: (key: ChannelKey | "total") => T): Split<T> {
  return { consumer: make("consumer"), trade: make("trade"), total: make("total") }
}

function figure(value: number, previous: number): Figure {
  return { value: round2(value), previous: round2(previous), change: change(round2(value), round2(previous)) }
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10)

/** The known channels' ids, comma-separated (knex would expand an array binding into a list). */
function channelList(channels: ChannelIds): string {
  return CHANNEL_KEYS.map((key) => channels[key])
    .filter((id): id is string => Boolean(id))
    .join(",")
}

export async function computeOverview(sql: SqlExecutor, q: OverviewQuery): Promise<Overview> {
  const params = {
    currency: q.currency_code,
    from: q.from,
    to: q.to,
    prev_from: q.previous.from,
    bucket: q.bucket,
    channels: channelList(q.channels),
    top: q.top,
  }
  const run = (text: string) => {
    const bound = bind(text, params)
    return sql(bound.text, bound.values)
  }

  // 1. Orders of both periods by (period, bucket, channel): revenue, orders, units, guests, cancellations.
  const ordersByBucket = run(`
    SELECT o.created_at >= :from AS is_current,
           to_char(date_trunc(:bucket, o.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS bucket,
           o.sales_channel_id,
           count(*) FILTER (WHERE o.status <> 'canceled') AS orders,
           COALESCE(sum(sm.gross) FILTER (WHERE o.status <> 'canceled'), 0) AS gross,
           COALESCE(sum(sm.refunded) FILTER (WHERE o.status <> 'canceled'), 0) AS refunded,
           count(*) FILTER (WHERE o.status <> 'canceled' AND sm.refunded > 0) AS refunded_orders,
           COALESCE(sum(u.units) FILTER (WHERE o.status <> 'canceled'), 0) AS units,
           count(*) FILTER (WHERE o.status <> 'canceled' AND c.has_account) AS registered,
           count(*) FILTER (WHERE o.status = 'canceled') AS canceled,
           COALESCE(sum(sm.gross) FILTER (WHERE o.status = 'canceled'), 0) AS canceled_value
    FROM "order" o
    ${SUMMARY_JOIN}
    LEFT JOIN LATERAL (
      SELECT sum(oi.quantity) AS units FROM order_item oi
      WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
    ) u ON true
    LEFT JOIN customer c ON c.id = o.customer_id
    WHERE ${PLACED} AND o.currency_code = :currency AND o.created_at >= :prev_from AND o.created_at < :to
    GROUP BY 1, 2, 3`)

  // 2. Customers (people, by email) of both periods per channel and in total, and how many are new.
  const customers = run(`
    WITH placed AS (
      SELECT o.created_at >= :from AS is_current, o.sales_channel_id, lower(o.email) AS person
      FROM "order" o
      WHERE ${COUNTED} AND o.currency_code = :currency AND o.email IS NOT NULL
        AND o.created_at >= :prev_from AND o.created_at < :to
    ), people AS (
      SELECT is_current, sales_channel_id, GROUPING(sales_channel_id) = 1 AS all_channels, person
      FROM placed
      GROUP BY GROUPING SETS ((is_current, sales_channel_id, person), (is_current, person))
    )
    SELECT p.is_current, p.all_channels, p.sales_channel_id,
           count(*) AS customers,
           count(*) FILTER (WHERE NOT EXISTS (
             SELECT 1 FROM "order" e
             WHERE lower(e.email) = p.person
               AND e.created_at < CASE WHEN p.is_current THEN :from::timestamptz ELSE :prev_from::timestamptz END
               AND e.deleted_at IS NULL AND e.is_draft_order = false AND e.status NOT IN ('draft', 'canceled')
               AND (p.all_channels OR e.sales_channel_id = p.sales_channel_id)
           )) AS new_customers
    FROM people p
    GROUP BY 1, 2, 3`)

  // 3. Carts created in the period per channel, and how many of them became orders.
  const carts = run(`
    SELECT c.sales_channel_id, count(*) AS carts, count(*) FILTER (WHERE c.completed_at IS NOT NULL) AS completed
    FROM cart c
    WHERE c.deleted_at IS NULL AND c.currency_code = :currency AND c.created_at >= :from AND c.created_at < :to
    GROUP BY 1`)

  // 4. Best-selling products per channel by item revenue (unit price × quantity, before tax and discounts).
  const products = run(`
    SELECT sales_channel_id, product_id, title, units, revenue FROM (
      SELECT o.sales_channel_id, li.product_id,
             max(COALESCE(li.product_title, li.title)) AS title,
             sum(oi.quantity) AS units,
             sum(oi.quantity * COALESCE(oi.unit_price, li.unit_price)) AS revenue,
             row_number() OVER (
               PARTITION BY o.sales_channel_id
               ORDER BY sum(oi.quantity * COALESCE(oi.unit_price, li.unit_price)) DESC, max(COALESCE(li.product_title, li.title))
             ) AS rank
      FROM "order" o
      JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
      JOIN order_line_item li ON li.id = oi.item_id
      WHERE ${COUNTED} AND o.currency_code = :currency AND o.created_at >= :from AND o.created_at < :to
        AND o.sales_channel_id = ANY(string_to_array(:channels, ','))
      GROUP BY o.sales_channel_id, li.product_id
    ) ranked
    WHERE rank <= :top
    ORDER BY sales_channel_id, rank`)

  // 5. Top companies by revenue (orders of the period, their companies through the company ↔ order
  //    link), and credit used vs available across companies (the company plugin's own figures).
  const companies = q.companies ? topCompanies(run, q.companies, q.top) : Promise.resolve([])
  const credit = q.companies
    ? q.companies.source.insightsCredit({ currency_code: q.currency_code })
    : Promise.resolve(null)

  const [orderRows, customerRows, cartRows, productRows, companyRows, creditFigures] = await Promise.all([
    ordersByBucket,
    customers,
    carts,
    products,
    companies,
    credit,
  ])

  // Fold the grouped rows into per-channel accumulators (a handful of rows per bucket).
  const current = split(emptyAcc)
  const previous = split(emptyAcc)
  const seriesMap = new Map<string, Split<{ revenue: number; orders: number }>>()
  for (const key of bucketKeys(q.from, q.to, q.bucket)) {
    seriesMap.set(
      key,
      split(() => ({ revenue: 0, orders: 0 }))
    )
  }
  for (const row of orderRows) {
    const target = row.is_current ? current : previous
    const key = channelKeyOf(q.channels, row.sales_channel_id)
    for (const acc of key ? [target[key], target.total] : [target.total]) {
      acc.orders += num(row.orders)
      acc.gross += num(row.gross)
      acc.refunded += num(row.refunded)
      acc.units += num(row.units)
      acc.registered += num(row.registered)
      acc.canceled += num(row.canceled)
      acc.canceledValue += num(row.canceled_value)
      acc.refundedOrders += num(row.refunded_orders)
    }
    if (row.is_current) {
      // Week buckets can start before `from`: they fold into the first bucket of the chart.
      const bucket = seriesMap.has(row.bucket) ? row.bucket : [...seriesMap.keys()][0]
      const point = bucket ? seriesMap.get(bucket) : undefined
      if (point) {
        for (const k of key ? [key, "total" as const] : ["total" as const]) {
          point[k].revenue = round2(point[k].revenue + num(row.gross) - num(row.refunded))
          point[k].orders += num(row.orders)
        }
      }
    }
  }

  const people = {
    current: split(() => ({ customers: 0, fresh: 0 })),
    previous: split(() => ({ customers: 0, fresh: 0 })),
  }
  for (const row of customerRows) {
    const target = row.is_current ? people.current : people.previous
    const key = row.all_channels ? "total" : channelKeyOf(q.channels, row.sales_channel_id)
    if (!key) continue
    target[key].customers += num(row.customers)
    target[key].fresh += num(row.new_customers)
  }

  const cartTotals = split(() => ({ carts: 0, completed: 0 }))
  for (const row of cartRows) {
    const key = channelKeyOf(q.channels, row.sales_channel_id)
    for (const k of key ? [key, "total" as const] : ["total" as const]) {
      cartTotals[k].carts += num(row.carts)
      cartTotals[k].completed += num(row.completed)
    }
  }

  const revenueOf = (acc: Acc) => acc.gross - acc.refunded
  const aov = (acc: Acc) => (acc.orders === 0 ? 0 : revenueOf(acc) / acc.orders)

  const topProducts = { consumer: [], trade: [] } as Overview["top_products"]
  for (const row of productRows) {
    const key = channelKeyOf(q.channels, row.sales_channel_id)
    if (!key) continue
    topProducts[key].push({
      product_id: row.product_id ?? null,
      title: String(row.title ?? "Unknown product"),
      units: num(row.units),
      revenue: round2(num(row.revenue)),
    })
  }

  const noCompanies = "The company-accounts plugin is not installed"
  return {
    kpis: {
      revenue: split((k) => figure(revenueOf(current[k]), revenueOf(previous[k]))),
      orders: split((k) => figure(current[k].orders, previous[k].orders)),
      average_order_value: split((k) => figure(aov(current[k]), aov(previous[k]))),
      units: split((k) => figure(current[k].units, previous[k].units)),
      new_customers: split((k) => figure(people.current[k].fresh, people.previous[k].fresh)),
      returning_customers: split((k) =>
        figure(
          people.current[k].customers - people.current[k].fresh,
          people.previous[k].customers - people.previous[k].fresh
        )
      ),
    },
    series: [...seriesMap.entries()].map(([bucket, point]) => ({ bucket, ...point })),
    canceled: split((k) => ({ orders: current[k].canceled, value: round2(current[k].canceledValue) })),
    refunds: split((k) => ({ orders: current[k].refundedOrders, amount: round2(current[k].refunded) })),
    guest_share: split((k) => ({
      guest_orders: current[k].orders - current[k].registered,
      registered_orders: current[k].registered,
      guest_percent: percent(current[k].orders - current[k].registered, current[k].orders),
    })),
    conversion: split((k) => ({
      carts: cartTotals[k].carts,
      completed_carts: cartTotals[k].completed,
      orders: current[k].orders,
      rate_percent: percent(cartTotals[k].completed, cartTotals[k].carts),
    })),
    top_products: topProducts,
    top_companies: q.companies
      ? {
          available: true,
          companies: companyRows.map((row) => ({ ...row, revenue: round2(row.revenue) })),
        }
      : { available: false, reason: noCompanies },
    credit: creditFigures
      ? {
          available: true,
          companies: num(creditFigures.companies),
          limit: round2(num(creditFigures.limit)),
          used: round2(num(creditFigures.used)),
          available_credit: round2(num(creditFigures.available_credit)),
          over_limit: num(creditFigures.over_limit),
        }
      : { available: false, reason: noCompanies },
  }
}

type CompanyTotal = { company_id: string; name: string; orders: number; revenue: number }

/**
 * The `top` companies by revenue in the period: the counted orders of the period and currency
 * (revenue = charged − refunded, as everywhere), grouped by the company each was placed for.
 * Only orders of a customer account can be company orders (a company buys through an employee).
 */
async function topCompanies(
  run: (text: string) => Promise<Record<string, any>[]>,
  companies: CompanyReader,
  top: number
): Promise<CompanyTotal[]> {
  const orders = await run(`
    SELECT o.id, sm.gross - sm.refunded AS revenue
    FROM "order" o
    ${SUMMARY_JOIN}
    WHERE ${COUNTED} AND o.customer_id IS NOT NULL
      AND o.currency_code = :currency AND o.created_at >= :from AND o.created_at < :to`)
  const owners = await companies.companiesOfOrders(orders.map((order) => String(order.id)))
  const totals = new Map<string, CompanyTotal>()
  for (const order of orders) {
    const owner = owners.get(String(order.id))
    if (!owner) continue
    const total = totals.get(owner.id) ?? { company_id: owner.id, name: owner.name, orders: 0, revenue: 0 }
    total.orders += 1
    total.revenue += num(order.revenue)
    totals.set(owner.id, total)
  }
  return [...totals.values()].sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name)).slice(0, top)
}

/** The period as the API echoes it: ISO days, `to` inclusive like the query parameter. */
export function periodView(from: Date, to: Date) {
  return { from: isoDay(from), to: isoDay(new Date(to.getTime() - 1)) }
}
