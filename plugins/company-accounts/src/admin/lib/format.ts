import type { CompanyStatus, EmployeeRole, PaymentTerms, SpendingPeriod } from "../../constants"
import type { Amount } from "./types"

export const STATUS_LABELS: Record<CompanyStatus, string> = {
  pending: "Pending",
  active: "Active",
  suspended: "Suspended",
  rejected: "Rejected",
}

export const STATUS_COLORS: Record<CompanyStatus, "orange" | "green" | "grey" | "red"> = {
  pending: "orange",
  active: "green",
  suspended: "grey",
  rejected: "red",
}

export const PAYMENT_TERMS_LABELS: Record<PaymentTerms, string> = {
  prepaid: "Prepaid",
  net15: "Net 15",
  net30: "Net 30",
  net60: "Net 60",
}

export const SPENDING_PERIOD_LABELS: Record<SpendingPeriod, string> = {
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
}

export const ROLE_LABELS: Record<EmployeeRole, string> = {
  admin: "Admin",
  buyer: "Buyer",
  approver: "Approver",
  viewer: "Viewer",
}

/** A bigNumber as the API serialises it (number, numeric string, or `{ value }`) as a number; null when absent. */
export function toNumber(amount: Amount | { value: string | number } | null | undefined): number | null {
  if (amount === null || amount === undefined || amount === "") {
    return null
  }
  const raw = typeof amount === "object" ? amount.value : amount
  const value = typeof raw === "number" ? raw : Number(raw)
  return Number.isFinite(value) ? value : null
}

/** Money in major units, e.g. formatMoney(1500, "eur") → "€1,500.00". Null amounts render as an em dash. */
export function formatMoney(
  amount: Amount | null | undefined,
  currencyCode: string | undefined,
  locale?: string
): string {
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

export function formatDate(value: string | null | undefined, locale?: string): string {
  if (!value) {
    return "—"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return "—"
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date)
}

export type ParsedAmount = { ok: true; value: number } | { ok: false; error: string }

/**
 * Parses a money amount typed by the merchant (major units, "." or "," as decimal separator).
 * Rejects empty, negative and non-numeric input with a message naming the field.
 */
export function parseAmountInput(input: string, field: string): ParsedAmount {
  const trimmed = input.trim().replace(",", ".")
  if (trimmed === "") {
    return { ok: false, error: `${field} is required` }
  }
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) {
    return { ok: false, error: `${field} must be a non-negative amount with at most 2 decimals` }
  }
  return { ok: true, value: Number(trimmed) }
}

/** Share of the credit limit in use, 0–100, for the usage bar; 0 when there is no limit. */
export function creditUsagePercent(used: Amount | null | undefined, limit: Amount | null | undefined): number {
  const usedValue = toNumber(used) ?? 0
  const limitValue = toNumber(limit) ?? 0
  if (limitValue <= 0) {
    return usedValue > 0 ? 100 : 0
  }
  return Math.min(100, Math.max(0, Math.round((usedValue / limitValue) * 100)))
}

export function customerName(customer: { first_name: string | null; last_name: string | null; email: string } | null | undefined): string {
  if (!customer) {
    return "—"
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email
}

/** Message of an error thrown by the JS SDK (its FetchError carries the API's `message`). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message
  }
  return "Something went wrong. Please try again."
}
