/**
 * Admin URLs behind the figures: the admin's own lists with their query filters
 * (the order list reads `sales_channel_id` and `created_at` as JSON, the customer list `has_account`
 * and `created_at`). Paths are relative to the admin's base (/app).
 */
export type PeriodRange = { from: string; to: string }

/** The period as the admin list filters read it: [from 00:00, day after `to` 00:00) in UTC. */
export function createdAtFilter(range: PeriodRange): string {
  const end = new Date(`${range.to}T00:00:00Z`)
  end.setUTCDate(end.getUTCDate() + 1)
  return JSON.stringify({ $gte: `${range.from}T00:00:00.000Z`, $lt: end.toISOString() })
}

/** The order list filtered to the period and, when given, one sales channel. */
export function ordersLink(range: PeriodRange, salesChannelId?: string | null): string {
  const params = new URLSearchParams()
  if (salesChannelId) params.set("sales_channel_id", salesChannelId)
  params.set("created_at", createdAtFilter(range))
  return `/orders?${params.toString()}`
}

/** The customer list: guests (no account) or registered customers, optionally created in the period. */
export function customersLink(opts: { hasAccount?: boolean; range?: PeriodRange } = {}): string {
  const params = new URLSearchParams()
  if (opts.hasAccount !== undefined) params.set("has_account", String(opts.hasAccount))
  if (opts.range) params.set("created_at", createdAtFilter(opts.range))
  const query = params.toString()
  return query ? `/customers?${query}` : "/customers"
}

export const productLink = (productId: string) => `/products/${productId}`
export const orderLink = (orderId: string) => `/orders/${orderId}`
export const customerLink = (customerId: string) => `/customers/${customerId}`
/** The company-accounts plugin's company page, and this plugin's 360 of it. */
export const companyLink = (companyId: string) => `/companies/${companyId}`
export const company360Link = (companyId: string) => `/insights/companies/${companyId}`
export const companiesLink = (status?: string) => (status ? `/companies?status=${status}` : "/companies")
