/**
 * Formatting and parsing for admin pages: pure functions, no React, so plugins' unit tests import
 * them directly. Every admin page formats through here, so a money or date reads the same on every
 * page of every plugin.
 */

/** A Medusa bigNumber as the admin API serialises it: major units, a number or a numeric string. */
export type Amount = number | string

/** What a missing value renders as, instead of a zero or an empty cell. */
export const EMPTY_VALUE = "—"

/** A bigNumber (number, numeric string, or `{ value }`) as a number; null when absent or not a number. */
export function toNumber(amount: Amount | { value: string | number } | null | undefined): number | null {
  if (amount === null || amount === undefined || amount === "") {
    return null
  }
  const raw = typeof amount === "object" ? amount.value : amount
  const value = typeof raw === "number" ? raw : Number(raw)
  return Number.isFinite(value) ? value : null
}

/** Money in major units: formatMoney(1500, "eur") → "€1,500.00"; an absent amount is an em dash, never 0. */
export function formatMoney(
  amount: Amount | null | undefined,
  currencyCode: string | undefined,
  locale = "en-US"
): string {
  const value = toNumber(amount)
  if (value === null) {
    return EMPTY_VALUE
  }
  if (!currencyCode) {
    return value.toFixed(2)
  }
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
  } catch {
    return `${value.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

function parseDate(value: string | null | undefined): Date | null {
  if (!value) {
    return null
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * A calendar day ("6 Dec 2026"), read in UTC: the API's days (expiry, due date) are UTC days, and a
 * merchant west of Greenwich must not see them a day early.
 */
export function formatDate(value: string | null | undefined, locale = "en-GB"): string {
  const date = parseDate(value)
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date) : EMPTY_VALUE
}

/** A moment in the merchant's own time zone ("6 Dec 2026, 14:05"). */
export function formatDateTime(value: string | null | undefined, locale = "en-GB"): string {
  const date = parseDate(value)
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date) : EMPTY_VALUE
}

/** The message of a failed request: the JS SDK's FetchError carries the API's `message`. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message
  }
  if (error && typeof error === "object" && "message" in error && (error as { message: unknown }).message) {
    return String((error as { message: unknown }).message)
  }
  return "Something went wrong. Please try again."
}

export type ParsedAmount = { ok: true; value: number } | { ok: false; error: string }

/**
 * A money amount typed by the merchant: major units, "." or "," as decimal separator, at most
 * `decimals` decimals. Empty, negative and non-numeric input is refused with a message naming `field`.
 */
export function parseAmountInput(input: string, field: string, decimals = 2): ParsedAmount {
  const trimmed = input.trim().replace(",", ".")
  if (trimmed === "") {
    return { ok: false, error: `${field} is required` }
  }
  if (!new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`).test(trimmed)) {
    return { ok: false, error: `${field} must be a non-negative amount with at most ${decimals} decimals` }
  }
  return { ok: true, value: Number(trimmed) }
}
