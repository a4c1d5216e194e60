import type { CompanyStatus, EmployeeRole, PaymentTerms, SpendingPeriod } from "../../constants"
import type { StatusColor } from "@hybrid/admin-ui"
import { formatMoney, toNumber } from "@hybrid/admin-ui/format"
import type { AdminCompanyOrder, Amount } from "./types"

export const STATUS_LABELS: Record<CompanyStatus, string> = {
  pending: "Pending",
  active: "Active",
  suspended: "Suspended",
  rejected: "Rejected",
}

export const STATUS_COLORS: Record<CompanyStatus, StatusColor> = {
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

/** Share of the credit limit in use, 0–100, for the usage bar; 0 when there is no limit. */
export function creditUsagePercent(used: Amount | null | undefined, limit: Amount | null | undefined): number {
  const usedValue = toNumber(used) ?? 0
  const limitValue = toNumber(limit) ?? 0
  if (limitValue <= 0) {
    return usedValue > 0 ? 100 : 0
  }
  return Math.min(100, Math.max(0, Math.round((usedValue / limitValue) * 100)))
}

export function customerName(
  customer: { first_name: string | null; last_name: string | null; email: string } | null | undefined
): string {
  if (!customer) {
    return "—"
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email
}

/** An employee's spending limit in words: "No limit" when none is set. */
export function spendingLimitLabel(limit: Amount | null | undefined, currencyCode: string): string {
  return limit === null || limit === undefined ? "No limit" : formatMoney(limit, currencyCode)
}

/** A B2B field of an order (PO number, due date, terms): the order's own field, else its metadata. */
export function orderField(order: AdminCompanyOrder, key: "po_number" | "due_date" | "payment_terms"): string | null {
  const direct = order[key]
  if (direct) {
    return String(direct)
  }
  const fromMetadata = order.metadata?.[key]
  return typeof fromMetadata === "string" && fromMetadata ? fromMetadata : null
}
