import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { ActorType, AuthorType, QuoteStatus, ReportedQuoteStatus } from "../constants"

/**
 * Pure presentation of quotes: the computed "expired" status, the per-line change against the
 * buyer's request, totals, and the JSON shape both the store and the admin API return.
 */

type Amount = BigNumberInput | null | undefined

export type QuoteLineRecord = {
  id: string
  variant_id: string
  product_id: string | null
  title: string
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  requested_quantity: number | null
  requested_unit_price: Amount
  quantity: number
  unit_price: Amount
  removed: boolean
  created_at?: Date | string
}

export type QuoteMessageRecord = {
  id: string
  author_type: AuthorType
  author_name: string
  body: string
  line_id: string | null
  created_at: Date | string
}

export type QuoteEventRecord = {
  id: string
  action: string
  actor_type: ActorType
  actor_name: string | null
  from_status: string | null
  to_status: string | null
  data: Record<string, unknown> | null
  created_at: Date | string
}

export type QuoteRecord = {
  id: string
  display_id: number
  company_id: string
  customer_id: string
  employee_id: string
  requester_name: string
  requester_email: string
  cart_id: string
  region_id: string
  sales_channel_id: string | null
  currency_code: string
  status: QuoteStatus
  expires_at: Date | string | null
  version: number
  order_id: string | null
  contract_price_list_id: string | null
  /** The cart this quote will be ordered from (POST /store/quotes/:id/cart), if any. */
  accept_cart_id?: string | null
  message: string
  created_at: Date | string
  updated_at: Date | string
  lines?: QuoteLineRecord[] | null
  messages?: QuoteMessageRecord[] | null
  events?: QuoteEventRecord[] | null
}

export type LineChange = "unchanged" | "changed" | "added" | "removed"

/** An amount as a plain number (bigNumber fields arrive as numbers, strings or BigNumber objects). */
export function toAmount(value: Amount): number {
  if (value === null || value === undefined) {
    return 0
  }
  return MathBN.convert(value).toNumber()
}

/** Whether a quote is expired: a sent counter-offer whose expiry has passed. */
export function isExpired(quote: Pick<QuoteRecord, "status" | "expires_at">, now: Date = new Date()): boolean {
  return quote.status === "sent" && !!quote.expires_at && new Date(quote.expires_at).getTime() < now.getTime()
}

/** The status callers see: the stored one, or "expired" for a lapsed counter-offer. */
export function reportedStatus(
  quote: Pick<QuoteRecord, "status" | "expires_at">,
  now: Date = new Date()
): ReportedQuoteStatus {
  return isExpired(quote, now) ? "expired" : quote.status
}

/**
 * How a line differs from what the buyer asked for: removed by the merchant, added by the merchant
 * (no requested quantity), changed quantity or price, or unchanged.
 */
export function lineChange(line: QuoteLineRecord): LineChange {
  if (line.removed) {
    return "removed"
  }
  if (line.requested_quantity === null || line.requested_quantity === undefined) {
    return "added"
  }
  const samePrice = MathBN.eq(toAmount(line.requested_unit_price), toAmount(line.unit_price))
  return line.requested_quantity === line.quantity && samePrice ? "unchanged" : "changed"
}

const lineSubtotal = (quantity: number, unitPrice: Amount) => MathBN.mult(quantity, toAmount(unitPrice)).toNumber()

/** Requested goods value (the buyer's cart lines) and offered goods value (lines not removed), net. */
export function quoteTotals(
  lines: (Pick<QuoteLineRecord, "requested_quantity" | "requested_unit_price" | "quantity" | "unit_price"> & {
    removed?: boolean
  })[]
) {
  let requested = MathBN.convert(0)
  let offered = MathBN.convert(0)
  for (const line of lines) {
    if (line.requested_quantity !== null && line.requested_quantity !== undefined) {
      requested = MathBN.add(requested, MathBN.mult(line.requested_quantity, toAmount(line.requested_unit_price)))
    }
    if (!line.removed) {
      offered = MathBN.add(offered, MathBN.mult(line.quantity, toAmount(line.unit_price)))
    }
  }
  return { requested_subtotal: requested.toNumber(), subtotal: offered.toNumber() }
}

const byCreated = <T extends { created_at?: Date | string; id: string }>(a: T, b: T) =>
  new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() || a.id.localeCompare(b.id)

export function serializeLine(line: QuoteLineRecord) {
  return {
    id: line.id,
    variant_id: line.variant_id,
    product_id: line.product_id,
    title: line.title,
    variant_title: line.variant_title,
    sku: line.sku,
    thumbnail: line.thumbnail,
    requested_quantity: line.requested_quantity ?? null,
    requested_unit_price:
      line.requested_unit_price === null || line.requested_unit_price === undefined
        ? null
        : toAmount(line.requested_unit_price),
    quantity: line.quantity,
    unit_price: toAmount(line.unit_price),
    subtotal: line.removed ? 0 : lineSubtotal(line.quantity, line.unit_price),
    change: lineChange(line),
  }
}

export type SerializedQuoteLine = ReturnType<typeof serializeLine>

function head(quote: QuoteRecord, companyName: string | null, now: Date) {
  return {
    id: quote.id,
    display_id: quote.display_id,
    status: reportedStatus(quote, now),
    company_id: quote.company_id,
    company_name: companyName,
    requested_by: { customer_id: quote.customer_id, name: quote.requester_name, email: quote.requester_email },
    currency_code: quote.currency_code,
    region_id: quote.region_id,
    expires_at: quote.expires_at ? new Date(quote.expires_at).toISOString() : null,
    version: quote.version,
    order_id: quote.order_id,
    contract_price_list_id: quote.contract_price_list_id,
    accept_cart_id: quote.accept_cart_id ?? null,
    message: quote.message,
  }
}

/** The full quote JSON (detail routes): lines with their change, totals, thread and history. */
export function serializeQuote(quote: QuoteRecord, companyName: string | null, now: Date = new Date()) {
  const lines = [...(quote.lines ?? [])].sort(byCreated)
  const totals = quoteTotals(lines)
  return {
    ...head(quote, companyName, now),
    lines: lines.map(serializeLine),
    totals: { ...totals, currency_code: quote.currency_code },
    messages: [...(quote.messages ?? [])].sort(byCreated).map((m) => ({
      id: m.id,
      author_type: m.author_type,
      author_name: m.author_name,
      body: m.body,
      line_id: m.line_id,
      created_at: new Date(m.created_at).toISOString(),
    })),
    history: [...(quote.events ?? [])].sort(byCreated).map((e) => ({
      id: e.id,
      action: e.action,
      actor_type: e.actor_type,
      actor_name: e.actor_name,
      from_status: e.from_status,
      to_status: e.to_status,
      data: e.data ?? null,
      created_at: new Date(e.created_at).toISOString(),
    })),
    created_at: new Date(quote.created_at).toISOString(),
    updated_at: new Date(quote.updated_at).toISOString(),
  }
}

export type SerializedQuote = ReturnType<typeof serializeQuote>

/** The list JSON: the quote without thread and history, with line count and subtotal. */
export function serializeQuoteSummary(quote: QuoteRecord, companyName: string | null, now: Date = new Date()) {
  const lines = [...(quote.lines ?? [])].sort(byCreated)
  const totals = quoteTotals(lines)
  return {
    ...head(quote, companyName, now),
    line_count: lines.filter((l) => !l.removed).length,
    subtotal: totals.subtotal,
    totals: { ...totals, currency_code: quote.currency_code },
    created_at: new Date(quote.created_at).toISOString(),
    updated_at: new Date(quote.updated_at).toISOString(),
  }
}
