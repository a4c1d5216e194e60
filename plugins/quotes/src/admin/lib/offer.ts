import { parseAmountInput, toNumber } from "@hybrid/admin-ui/format"
import type { Amount, LineChange, Quote, QuoteLine, SendCounterOfferBody, VariantHit } from "./types"

/**
 * The merchant's counter-offer as it is being edited: one row per quote line (kept, changed or
 * removed) and per variant the merchant added. Inputs stay strings until the offer is sent, so a
 * half-typed "12," is not rewritten under the cursor.
 */
export type DraftLine = {
  /** Stable React key: the quote line id, or "new:<variant id>" for an added variant. */
  key: string
  /** The quote line id; undefined for a line the merchant adds in this offer. */
  line_id?: string
  variant_id: string | null
  title: string
  variant_title: string | null
  sku: string | null
  requested_quantity: number | null
  requested_unit_price: Amount | null
  quantity: string
  unit_price: string
  removed: boolean
}

export type Draft = {
  lines: DraftLine[]
  /** "YYYY-MM-DD", as a date input holds it. */
  expires_on: string
  message: string
  contract_prices: boolean
  contract_ends_on: string
}

export type DraftErrors = {
  lines: Record<string, { quantity?: string; unit_price?: string }>
  expires_on?: string
  contract_ends_on?: string
  form?: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/** "YYYY-MM-DD" of a date (UTC), as `<input type="date">` reads and writes it. */
export function toDateInput(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The ISO date-time a "YYYY-MM-DD" chosen in a date input stands for: the end of that day (UTC). */
export function endOfDayIso(day: string): string {
  return `${day}T23:59:59.999Z`
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())
}

/** A money amount typed by the merchant (major units, "." or "," as decimal separator); null when invalid. */
export function parseMoney(input: string): number | null {
  const parsed = parseAmountInput(input, "Unit price", 4)
  return parsed.ok ? parsed.value : null
}

/** A quantity typed by the merchant: a whole number above zero; null otherwise. */
export function parseQuantity(input: string): number | null {
  const trimmed = input.trim()
  if (!/^\d+$/.test(trimmed)) {
    return null
  }
  const value = Number(trimmed)
  return value > 0 ? value : null
}

function amountInput(amount: Amount | null | undefined): string {
  const value = toNumber(amount)
  return value === null ? "" : String(value)
}

/**
 * The editor's starting point for a quote: its current offer (or, before the first offer, what the
 * buyer asked for), the current expiry when it is still ahead, else `defaultValidityDays` from now.
 */
export function draftFromQuote(quote: Quote, now = new Date(), defaultValidityDays = 14): Draft {
  const expires = quote.expires_at ? new Date(quote.expires_at) : null
  const expiresOn =
    expires && expires.getTime() > now.getTime()
      ? toDateInput(expires)
      : toDateInput(new Date(now.getTime() + defaultValidityDays * DAY_MS))
  return {
    lines: quote.lines.map((line) => ({
      key: line.id,
      line_id: line.id,
      variant_id: line.variant_id,
      title: line.title,
      variant_title: line.variant_title,
      sku: line.sku,
      requested_quantity: line.requested_quantity,
      requested_unit_price: line.requested_unit_price,
      quantity: String(line.quantity ?? line.requested_quantity ?? 1),
      unit_price: amountInput(line.unit_price ?? line.requested_unit_price),
      removed: line.change === "removed",
    })),
    expires_on: expiresOn,
    message: "",
    contract_prices: false,
    contract_ends_on: toDateInput(new Date(now.getTime() + 365 * DAY_MS)),
  }
}

/** The price of a variant in a currency to start an added line with (its plain price, no rules), or "". */
export function defaultUnitPrice(variant: VariantHit, currencyCode: string): string {
  const prices = (variant.prices ?? []).filter(
    (price) => price.currency_code?.toLowerCase() === currencyCode.toLowerCase()
  )
  const plain = prices.find((price) => !price.price_rules || price.price_rules.length === 0) ?? prices[0]
  return plain ? String(plain.amount) : ""
}

/**
 * Adds a searched variant as a new line with quantity 1. A variant already on the offer is not
 * added twice: a removed line for it is restored instead.
 */
export function addVariant(draft: Draft, variant: VariantHit, currencyCode: string): Draft {
  const existing = draft.lines.find((line) => line.variant_id === variant.id)
  if (existing) {
    return {
      ...draft,
      lines: draft.lines.map((line) => (line === existing ? { ...line, removed: false } : line)),
    }
  }
  const line: DraftLine = {
    key: `new:${variant.id}`,
    variant_id: variant.id,
    title: variant.product?.title ?? variant.title ?? variant.sku ?? variant.id,
    variant_title: variant.title,
    sku: variant.sku,
    requested_quantity: null,
    requested_unit_price: null,
    quantity: "1",
    unit_price: defaultUnitPrice(variant, currencyCode),
    removed: false,
  }
  return { ...draft, lines: [...draft.lines, line] }
}

/**
 * Removes a line from the offer. A line the merchant added in this draft disappears; a line of the
 * quote stays, struck through, so the buyer sees it was removed (and the merchant can restore it).
 */
export function removeLine(draft: Draft, key: string): Draft {
  return {
    ...draft,
    lines: draft.lines
      .filter((line) => !(line.key === key && !line.line_id))
      .map((line) => (line.key === key ? { ...line, removed: true } : line)),
  }
}

export function restoreLine(draft: Draft, key: string): Draft {
  return { ...draft, lines: draft.lines.map((line) => (line.key === key ? { ...line, removed: false } : line)) }
}

export function updateLine(
  draft: Draft,
  key: string,
  patch: Partial<Pick<DraftLine, "quantity" | "unit_price">>
): Draft {
  return { ...draft, lines: draft.lines.map((line) => (line.key === key ? { ...line, ...patch } : line)) }
}

/** How a draft line differs from the buyer's request, as the buyer will see it. */
export function draftLineChange(line: DraftLine): LineChange {
  if (line.removed) {
    return "removed"
  }
  if (line.requested_quantity === null) {
    return "added"
  }
  const quantity = parseQuantity(line.quantity)
  const price = parseMoney(line.unit_price)
  const requestedPrice = toNumber(line.requested_unit_price)
  return quantity === line.requested_quantity && price !== null && requestedPrice !== null && price === requestedPrice
    ? "unchanged"
    : "changed"
}

/** Net value of the offer's kept lines (invalid inputs count as zero). */
export function draftSubtotal(draft: Draft): number {
  const cents = draft.lines
    .filter((line) => !line.removed)
    .reduce((sum, line) => {
      const quantity = parseQuantity(line.quantity) ?? 0
      const price = parseMoney(line.unit_price) ?? 0
      return sum + Math.round(quantity * price * 10000)
    }, 0)
  return cents / 10000
}

/**
 * Checks the draft and builds the body of POST /admin/quotes/:id/send. Errors name the field the way
 * the form labels it; an offer needs at least one line and an expiry in the future.
 */
export function buildCounterOffer(
  draft: Draft,
  now = new Date()
): { ok: true; body: SendCounterOfferBody } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = { lines: {} }
  const lines: SendCounterOfferBody["lines"] = []
  for (const line of draft.lines) {
    if (line.removed) {
      continue
    }
    const quantity = parseQuantity(line.quantity)
    const unitPrice = parseMoney(line.unit_price)
    const lineErrors: { quantity?: string; unit_price?: string } = {}
    if (quantity === null) {
      lineErrors.quantity = "Quantity must be a whole number above 0"
    }
    if (unitPrice === null) {
      lineErrors.unit_price = "Unit price must be an amount of 0 or more"
    }
    if (lineErrors.quantity || lineErrors.unit_price) {
      errors.lines[line.key] = lineErrors
      continue
    }
    lines.push(
      line.line_id
        ? { id: line.line_id, quantity: quantity!, unit_price: unitPrice! }
        : { variant_id: line.variant_id!, quantity: quantity!, unit_price: unitPrice! }
    )
  }
  if (draft.lines.every((line) => line.removed)) {
    errors.form = "An offer needs at least one line"
  }
  if (!isDay(draft.expires_on)) {
    errors.expires_on = "Expiry date is required"
  } else if (new Date(endOfDayIso(draft.expires_on)).getTime() <= now.getTime()) {
    errors.expires_on = "Expiry date must be in the future"
  }
  if (draft.contract_prices) {
    if (!isDay(draft.contract_ends_on)) {
      errors.contract_ends_on = "End date of the contract prices is required"
    } else if (new Date(endOfDayIso(draft.contract_ends_on)).getTime() <= now.getTime()) {
      errors.contract_ends_on = "End date of the contract prices must be in the future"
    }
  }
  if (Object.keys(errors.lines).length > 0 || errors.expires_on || errors.contract_ends_on || errors.form) {
    return { ok: false, errors }
  }
  const message = draft.message.trim()
  return {
    ok: true,
    body: {
      lines,
      expires_at: endOfDayIso(draft.expires_on),
      ...(message ? { message } : {}),
      ...(draft.contract_prices ? { contract_prices: { ends_at: endOfDayIso(draft.contract_ends_on) } } : {}),
    },
  }
}

/** Whether the merchant can still change the offer (the API allows sending from these). */
export function isNegotiable(quote: Pick<Quote, "status">): boolean {
  return quote.status === "requested" || quote.status === "sent" || quote.status === "expired"
}

/** A line's label for selects and screen readers: "Colombia Huila · 1 kg". */
export function lineLabel(line: Pick<QuoteLine, "title" | "variant_title">): string {
  return line.variant_title && line.variant_title !== line.title ? `${line.title} · ${line.variant_title}` : line.title
}
