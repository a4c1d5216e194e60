/**
 * Shapes of the quotes admin API as the dashboard reads them (the plugin README's "Quote JSON").
 * Amounts are Medusa 2 amounts: decimal major units, net, as numbers (tolerated as numeric strings).
 */
export type Amount = number | string

export const QUOTE_STATUSES = ["requested", "sent", "accepted", "rejected", "declined", "expired"] as const
/** As the API reports it: "expired" is computed (sent, and expires_at in the past). */
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export type LineChange = "unchanged" | "changed" | "added" | "removed"

export type QuoteLine = {
  id: string
  variant_id: string | null
  product_id: string | null
  title: string
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  /** Null when the merchant added the line. */
  requested_quantity: number | null
  requested_unit_price: Amount | null
  quantity: number
  unit_price: Amount
  subtotal: Amount
  change: LineChange
}

export type QuoteMessage = {
  id: string
  author_type: "customer" | "merchant"
  author_name: string | null
  body: string
  line_id: string | null
  created_at: string
}

export type QuoteEvent = {
  id: string
  action: string
  actor_type: "customer" | "merchant" | "system"
  actor_name: string | null
  from_status: string | null
  to_status: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type Quote = {
  id: string
  display_id: number
  status: QuoteStatus
  company_id: string
  company_name: string | null
  requested_by: { customer_id: string; name: string | null; email: string | null }
  currency_code: string
  region_id: string | null
  expires_at: string | null
  version: number
  order_id: string | null
  contract_price_list_id: string | null
  message: string | null
  lines: QuoteLine[]
  totals: { requested_subtotal: Amount | null; subtotal: Amount; currency_code: string }
  messages: QuoteMessage[]
  history: QuoteEvent[]
  created_at: string
  updated_at: string
}

/** A row of GET /admin/quotes: no messages or history; lines may be left out. */
export type QuoteSummary = Omit<Quote, "messages" | "history" | "lines" | "totals"> & {
  lines?: QuoteLine[]
  totals?: Quote["totals"]
  line_count?: number
  subtotal?: Amount
}

export type QuoteListQuery = {
  status?: QuoteStatus
  company_id?: string
  expires_before?: string
  expires_after?: string
  q?: string
  limit: number
  offset: number
}

export type QuoteListResponse = { quotes: QuoteSummary[]; count: number; limit: number; offset: number }
export type QuoteResponse = { quote: Quote }

export type SendCounterOfferBody = {
  lines: Array<{ id?: string; variant_id?: string; quantity: number; unit_price: number }>
  expires_at: string
  message?: string
  contract_prices?: { ends_at: string }
}

/** A variant found by the "add line" search (GET /admin/product-variants). */
export type VariantHit = {
  id: string
  title: string | null
  sku: string | null
  product_id?: string | null
  product?: { id: string; title: string; thumbnail: string | null } | null
  prices?: Array<{ amount: number; currency_code: string; price_rules?: unknown[] | null }> | null
}

/** A company of the company-accounts plugin, as far as the quote filters need it. */
export type CompanyOption = { id: string; name: string }
