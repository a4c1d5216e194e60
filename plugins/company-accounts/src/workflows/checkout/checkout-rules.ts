import { MedusaError } from "@medusajs/framework/utils"
import { ON_ACCOUNT_PAYMENT_PROVIDER, type CompanyStatus, type EmployeeRole, type PaymentTerms } from "../../constants"

/** The company fields the checkout rules read. */
export type CheckoutCompany = {
  id: string
  name: string
  status: CompanyStatus
  currency_code: string
  payment_terms: PaymentTerms
  po_required: boolean
}

export type CheckoutEmployee = { id: string; role: EmployeeRole }

/** The cart fields the checkout rules read (as completeCartWorkflow queries them). */
export type CheckoutCart = {
  currency_code: string
  metadata?: Record<string, unknown> | null
}

/** Payment session statuses Medusa will complete a cart with (validateCartPaymentsStep). */
const PROCESSABLE_SESSION_STATUSES = new Set([
  "pending",
  "requires_more",
  "authorized",
  "captured",
  "pending_authorization",
])

/**
 * Whether the cart is being paid on account: the session Medusa authorizes on completion (the first
 * processable one, as validateCartPaymentsStep picks it) belongs to the on-account provider.
 */
export function paysOnAccount(
  sessions: ({ provider_id?: string | null; status?: string | null } | null | undefined)[] | null | undefined
): boolean {
  const session = (sessions ?? []).find((s) => s && PROCESSABLE_SESSION_STATUSES.has(String(s.status)))
  return session?.provider_id === ON_ACCOUNT_PAYMENT_PROVIDER
}

/** The cart's PO number as the trade-details route stored it, trimmed; undefined when blank. */
export function poNumberOf(cart: Pick<CheckoutCart, "metadata">): string | undefined {
  const value = cart.metadata?.po_number
  return typeof value === "string" && value.trim() ? value.trim() : undefined
}

/** Net days of a company's payment terms (0 = prepaid). */
export function netDays(terms: PaymentTerms): number {
  const match = /^net(\d+)$/.exec(terms)
  return match ? Number(match[1]) : 0
}

/** Due date of an order placed on account: the placed date plus the terms' net days. */
export function dueDate(placedAt: Date, terms: PaymentTerms): Date | null {
  const days = netDays(terms)
  if (!days) {
    return null
  }
  return new Date(placedAt.getTime() + days * 24 * 60 * 60 * 1000)
}

/**
 * Rules an employee's cart must satisfy before Medusa places the order. Limits (spending, credit)
 * are not here: they depend on other carts and are checked under the company lock (spend-ledger.ts).
 * Throws MedusaError naming what is wrong.
 */
export function assertEmployeeMayCheckout(input: {
  company: CheckoutCompany
  employee: CheckoutEmployee
  cart: CheckoutCart
  onAccount: boolean
}): void {
  const { company, employee, cart, onAccount } = input
  if (company.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Your company account is ${company.status}: orders can be placed once ${company.name} is active.`
    )
  }
  if (employee.role === "viewer") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Your role is viewer: viewers cannot place orders. Ask a company admin for the buyer role."
    )
  }
  if (cart.currency_code.toLowerCase() !== company.currency_code.toLowerCase()) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${company.name} buys in ${company.currency_code.toUpperCase()}; this cart is in ` +
        `${cart.currency_code.toUpperCase()}. Choose the ${company.currency_code.toUpperCase()} region.`
    )
  }
  if (company.po_required && !poNumberOf(cart)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A purchase order number (po_number) is required for ${company.name}'s orders.`
    )
  }
  if (onAccount && company.payment_terms === "prepaid") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Payment on account needs net payment terms; ${company.name} pays prepaid.`
    )
  }
}

/** A cart of a customer who is not an employee of any company may not be paid on account. */
export function assertNonEmployeeMayCheckout(input: { onAccount: boolean }): void {
  if (input.onAccount) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Payment on account is only available to members of an approved company account."
    )
  }
}
