import type { Amount, QuoteStatus } from "./types"

export const STATUS_LABELS: Record<QuoteStatus, string> = {
  requested: "Requested",
  sent: "Offer sent",
  accepted: "Accepted",
  rejected: "Rejected by buyer",
  declined: "Declined",
  expired: "Expired",
}

export const STATUS_COLORS: Record<QuoteStatus, "orange" | "blue" | "green" | "red" | "grey"> = {
  requested: "orange",
  sent: "blue",
  accepted: "green",
  rejected: "red",
  declined: "grey",
  expired: "grey",
}

/** A bigNumber as the API serialises it (number or numeric string) as a number; null when absent. */
export function toNumber(amount: Amount | null | undefined): number | null {
  if (amount === null || amount === undefined || amount === "") {
    return null
  }
  const value = typeof amount === "number" ? amount : Number(amount)
  return Number.isFinite(value) ? value : null
}

/** Money in major units: formatMoney(1500, "eur") → "€1,500.00"; absent amounts render as an em dash. */
export function formatMoney(amount: Amount | null | undefined, currencyCode: string | undefined, locale = "en-US"): string {
  const value = toNumber(amount)
  if (value === null) {
    return "—"
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

export function formatDate(value: string | null | undefined, locale = "en-GB"): string {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? "—"
    : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date)
}

export function formatDateTime(value: string | null | undefined, locale = "en-GB"): string {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? "—"
    : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date)
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

/** What happened in a history event, in words ("Counter-offer sent (version 2)"). */
export function eventLabel(action: string, data: Record<string, unknown> | null): string {
  const version = typeof data?.version === "number" ? ` (version ${data.version})` : ""
  switch (action) {
    case "requested":
      return "Quote requested"
    case "sent":
    case "counter_offer_sent":
      return `Counter-offer sent${version}`
    case "accepted":
      return "Offer accepted"
    case "rejected":
      return "Offer rejected by the buyer"
    case "declined":
      return "Quote declined"
    case "contract_prices_created":
      return "Contract prices created"
    case "message":
    case "message_posted":
      return "Message posted"
    case "expired":
      return "Offer expired"
    default:
      return action.charAt(0).toUpperCase() + action.slice(1).replace(/[_.]/g, " ")
  }
}
