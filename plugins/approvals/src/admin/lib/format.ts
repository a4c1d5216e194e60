import type { Amount, ApprovalStatus, ReviewStatus } from "./types"

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: "Awaiting review",
  approved: "Approved",
  rejected: "Rejected",
}

export const REVIEW_STATUS_COLORS: Record<ReviewStatus, "orange" | "green" | "red"> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
}

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, string> = {
  pending: "Awaiting approval",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ordered: "Approved and ordered",
}

export const APPROVAL_STATUS_COLORS: Record<ApprovalStatus, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  withdrawn: "grey",
  ordered: "green",
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

export function formatDateTime(value: string | null | undefined, locale = "en-GB"): string {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? "—"
    : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date)
}

/** A threshold typed by the merchant (major units, "." or "," as decimal separator); null when invalid. */
export function parseThreshold(input: string): number | null {
  const trimmed = input.trim().replace(",", ".")
  return /^\d+(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : null
}

/** "#1042", or the order id when the display id is unknown. */
export function orderLabel(review: { order_display_id: number | null; order_id: string }): string {
  return review.order_display_id !== null && review.order_display_id !== undefined
    ? `#${review.order_display_id}`
    : review.order_id
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
