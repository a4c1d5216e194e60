import type { CompanyReader } from "../../lib/company-figures"
import { round2 } from "../../lib/period"
import type { ChannelIds } from "./overview"
import { bind, num, type SqlExecutor } from "./sql"
import type { ChannelOrOther, Company360, Customer360, Lifetime, TimelineEvent } from "../../people-types"

export type { Company360, Customer360, Lifetime, TimelineEvent }

/**
 * The customer and company 360 views. A person is everyone behind one email address: a guest
 * checkout and a registered account (Medusa keeps them as two customer records) are one person, so
 * their private and company orders show side by side. Lifetime figures follow the overview's rules
 * (canceled orders apart, revenue = charged − refunded), per channel and per currency.
 */

const TIMELINE_ORDERS = 100
const TIMELINE_CARTS = 20

function channelOf(channels: ChannelIds, id: string | null): ChannelOrOther {
  if (id && id === channels.consumer) return "consumer"
  if (id && id === channels.trade) return "trade"
  return "other"
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

function runner(sql: SqlExecutor) {
  return (text: string, params: Record<string, unknown>) => {
    const bound = bind(text, params)
    return sql(bound.text, bound.values)
  }
}

/** Orders matching `where` (over `o`), as lifetime figures per channel and currency. */
async function lifetime(
  run: ReturnType<typeof runner>,
  channels: ChannelIds,
  where: string,
  params: Record<string, unknown>
): Promise<Lifetime> {
  const rows = await run(
    `SELECT o.sales_channel_id, o.currency_code,
            count(*) FILTER (WHERE o.status <> 'canceled') AS orders,
            COALESCE(sum(sm.gross - sm.refunded) FILTER (WHERE o.status <> 'canceled'), 0) AS revenue,
            count(*) FILTER (WHERE o.status = 'canceled') AS canceled_orders,
            min(o.created_at) FILTER (WHERE o.status <> 'canceled') AS first_order_at,
            max(o.created_at) FILTER (WHERE o.status <> 'canceled') AS last_order_at
     FROM "order" o
     ${SUMMARY}
     WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'draft' AND (${where})
     GROUP BY 1, 2
     ORDER BY 2, 1`,
    params
  )
  const merged = new Map<string, Lifetime[number]>()
  for (const row of rows) {
    const channel = channelOf(channels, row.sales_channel_id)
    const key = `${channel}:${row.currency_code}`
    const entry = merged.get(key) ?? {
      channel,
      currency_code: String(row.currency_code),
      orders: 0,
      revenue: 0,
      average_order_value: 0,
      canceled_orders: 0,
      first_order_at: null,
      last_order_at: null,
    }
    entry.orders += num(row.orders)
    entry.revenue = round2(entry.revenue + num(row.revenue))
    entry.canceled_orders += num(row.canceled_orders)
    const first = iso(row.first_order_at)
    const last = iso(row.last_order_at)
    if (first && (!entry.first_order_at || first < entry.first_order_at)) entry.first_order_at = first
    if (last && (!entry.last_order_at || last > entry.last_order_at)) entry.last_order_at = last
    entry.average_order_value = entry.orders === 0 ? 0 : round2(entry.revenue / entry.orders)
    merged.set(key, entry)
  }
  return [...merged.values()]
}

const SUMMARY = `
  LEFT JOIN LATERAL (
    SELECT COALESCE((s.totals->>'original_order_total')::numeric, 0) AS gross,
           COALESCE((s.totals->>'refunded_total')::numeric, 0) AS refunded
    FROM order_summary s
    WHERE s.order_id = o.id AND s.deleted_at IS NULL
    ORDER BY s.version DESC
    LIMIT 1
  ) sm ON true`

async function orderEvents(
  run: ReturnType<typeof runner>,
  channels: ChannelIds,
  companies: CompanyReader | null,
  where: string,
  params: Record<string, unknown>
): Promise<TimelineEvent[]> {
  const rows = await run(
    `SELECT o.id, o.display_id, o.created_at, o.sales_channel_id, o.status, o.currency_code, o.customer_id, o.email,
            sm.gross, sm.refunded, c.has_account
     FROM "order" o
     ${SUMMARY}
     LEFT JOIN customer c ON c.id = o.customer_id
     WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'draft' AND (${where})
     ORDER BY o.created_at DESC
     LIMIT ${TIMELINE_ORDERS}`,
    params
  )
  // The company each order was placed for, through the company ↔ order link.
  const owners = companies ? await companies.companiesOfOrders(rows.map((row) => String(row.id))) : new Map()
  return rows.map((row) => ({
    type: "order" as const,
    at: iso(row.created_at)!,
    order_id: String(row.id),
    display_id: row.display_id === null ? null : num(row.display_id),
    channel: channelOf(channels, row.sales_channel_id),
    status: String(row.status),
    currency_code: String(row.currency_code),
    total: round2(num(row.gross)),
    refunded: round2(num(row.refunded)),
    customer_id: row.customer_id ?? null,
    email: row.email ?? null,
    guest: row.has_account !== true,
    company: owners.get(String(row.id)) ?? null,
  }))
}

/**
 * One person's 360: every customer record with the customer's email, their orders in both
 * channels (own account, guest checkouts, company orders), open and completed carts, and company
 * memberships. Null when the customer does not exist.
 */
export async function computeCustomer360(
  sql: SqlExecutor,
  opts: { customer_id: string; channels: ChannelIds; companies: CompanyReader | null }
): Promise<Customer360 | null> {
  const run = runner(sql)
  const [customer] = await run(`SELECT id, email FROM customer WHERE id = :id AND deleted_at IS NULL`, {
    id: opts.customer_id,
  })
  if (!customer) return null
  const person = customer.email ? String(customer.email).toLowerCase() : null
  const records = await run(
    `SELECT id, has_account, first_name, last_name, created_at FROM customer
     WHERE deleted_at IS NULL AND (id = :id OR (CAST(:person AS text) IS NOT NULL AND lower(email) = :person))
     ORDER BY has_account DESC, created_at`,
    { id: opts.customer_id, person }
  )
  const ids = records.map((r) => String(r.id)).join(",")
  const params = { ids, person }
  const mine = `o.customer_id = ANY(string_to_array(:ids, ',')) OR (CAST(:person AS text) IS NOT NULL AND lower(o.email) = :person)`

  const memberships = opts.companies
    ? await opts.companies.source.insightsMemberships({ customer_ids: records.map((r) => String(r.id)) })
    : []
  const [orders, carts, totals] = await Promise.all([
    orderEvents(run, opts.channels, opts.companies, mine, params),
    run(
      `SELECT c.id, c.created_at, c.completed_at, c.sales_channel_id, c.currency_code,
              (SELECT COALESCE(sum(li.quantity), 0) FROM cart_line_item li WHERE li.cart_id = c.id AND li.deleted_at IS NULL) AS items
       FROM cart c
       WHERE c.deleted_at IS NULL
         AND (c.customer_id = ANY(string_to_array(:ids, ',')) OR (CAST(:person AS text) IS NOT NULL AND lower(c.email) = :person))
       ORDER BY c.created_at DESC
       LIMIT ${TIMELINE_CARTS}`,
      params
    ),
    lifetime(run, opts.channels, mine, params),
  ])

  const timeline: TimelineEvent[] = [
    ...orders,
    ...carts.map((row) => ({
      type: "cart" as const,
      at: iso(row.created_at)!,
      cart_id: String(row.id),
      channel: channelOf(opts.channels, row.sales_channel_id),
      currency_code: String(row.currency_code),
      completed_at: iso(row.completed_at),
      items: num(row.items),
    })),
    ...memberships.map((row) => ({
      type: "membership" as const,
      at: iso(row.created_at)!,
      company: { id: String(row.company.id), name: String(row.company.name) },
      role: String(row.role),
      employee_id: String(row.employee_id),
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))

  return {
    person: {
      email: person,
      customers: records.map((r) => ({
        id: String(r.id),
        has_account: r.has_account === true,
        first_name: r.first_name ?? null,
        last_name: r.last_name ?? null,
        created_at: iso(r.created_at)!,
      })),
      companies: memberships.map((row) => ({
        id: String(row.company.id),
        name: String(row.company.name),
        role: String(row.role),
        employee_id: String(row.employee_id),
        status: String(row.company.status),
      })),
    },
    lifetime: totals,
    timeline,
  }
}

/** A company's 360: credit, lifetime figures, each employee's company and private orders, and its timeline. */
export async function computeCompany360(
  sql: SqlExecutor,
  opts: { company_id: string; channels: ChannelIds; companies: CompanyReader }
): Promise<Company360 | null> {
  const run = runner(sql)
  const company = await opts.companies.source.insightsCompany(opts.company_id)
  if (!company) return null
  const [staff, companyOrderIds] = await Promise.all([
    opts.companies.source.insightsMemberships({ company_id: opts.company_id }),
    opts.companies.orderIdsOfCompany(opts.company_id),
  ])
  const params = {
    company_orders: companyOrderIds.join(","),
    staff: JSON.stringify(staff.map((e) => ({ employee_id: e.employee_id, customer_id: e.customer_id }))),
    customers: staff.map((e) => e.customer_id).join(","),
  }
  const companyOrders = `o.id = ANY(string_to_array(:company_orders, ','))`

  const [people, perEmployee, totals, orders] = await Promise.all([
    run(
      `SELECT id, first_name, last_name, email FROM customer WHERE id = ANY(string_to_array(:customers, ','))`,
      params
    ),
    // Per employee (matched by email, like the customer 360) and currency: company orders vs private ones.
    run(
      `WITH staff AS (
         SELECT s.employee_id, s.customer_id, lower(c.email) AS person
         FROM jsonb_to_recordset(CAST(:staff AS jsonb)) AS s(employee_id text, customer_id text)
         LEFT JOIN customer c ON c.id = s.customer_id
       )
       SELECT st.employee_id, o.currency_code, (${companyOrders}) AS for_company,
              count(*) AS orders, COALESCE(sum(sm.gross - sm.refunded), 0) AS revenue, max(o.created_at) AS last_order_at
       FROM staff st
       JOIN "order" o ON (o.customer_id = st.customer_id OR (st.person IS NOT NULL AND lower(o.email) = st.person))
       ${SUMMARY}
       WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status NOT IN ('draft', 'canceled')
       GROUP BY 1, 2, 3`,
      params
    ),
    lifetime(run, opts.channels, companyOrders, params),
    orderEvents(run, opts.channels, opts.companies, companyOrders, params),
  ])
  const customers = new Map(people.map((c) => [String(c.id), c]))
  const employees = staff.map((e) => {
    const customer = customers.get(e.customer_id)
    return {
      id: e.employee_id,
      customer_id: e.customer_id,
      role: e.role,
      created_at: e.created_at,
      first_name: customer?.first_name ?? null,
      last_name: customer?.last_name ?? null,
      email: customer?.email ?? null,
    }
  })

  const limit = num(company.credit_limit)
  const used = num(company.used)
  return {
    company: {
      id: String(company.id),
      name: String(company.name),
      status: String(company.status),
      currency_code: String(company.currency_code),
      payment_terms: String(company.payment_terms),
      credit: { limit: round2(limit), used: round2(used), available: round2(Math.max(limit - used, 0)) },
    },
    lifetime: totals,
    employees: employees.map((e) => {
      const mine = perEmployee.filter((row) => row.employee_id === e.id)
      const side = (forCompany: boolean) =>
        mine
          .filter((row) => row.for_company === forCompany)
          .map((row) => ({
            currency_code: String(row.currency_code),
            orders: num(row.orders),
            revenue: round2(num(row.revenue)),
            last_order_at: iso(row.last_order_at),
          }))
      return {
        employee_id: String(e.id),
        customer_id: String(e.customer_id),
        role: String(e.role),
        name: [e.first_name, e.last_name].filter(Boolean).join(" ") || String(e.email ?? e.customer_id),
        email: e.email ?? null,
        joined_at: iso(e.created_at)!,
        company: side(true),
        private: side(false),
      }
    }),
    timeline: [
      ...orders,
      ...employees.map((e) => ({
        type: "membership" as const,
        at: iso(e.created_at)!,
        company: { id: String(company.id), name: String(company.name) },
        role: String(e.role),
        employee_id: String(e.id),
      })),
    ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
  }
}
