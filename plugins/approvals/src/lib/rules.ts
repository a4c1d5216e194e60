import { createHash } from "node:crypto"
import { MathBN } from "@medusajs/framework/utils"
import type { Role } from "../constants"

/** A money amount as Medusa hands it out: number, decimal string or BigNumber. */
export type Amount = Parameters<typeof MathBN.convert>[0]

/** A company's approval rules (defaults when the company has none: no rule at all). */
export type ApprovalRules = {
  /** Net goods value above which carts of `amount_applies_to` roles need approval; null = no amount rule. */
  amount_threshold: Amount | null
  amount_applies_to: readonly Role[]
  always_roles: readonly Role[]
}

export type ApprovalReason = { code: "amount" | "role"; message: string }

export type ApprovalRequirement = { required: boolean; reasons: ApprovalReason[] }

/** A cart line as far as approvals care. */
export type HashedLine = { variant_id: string | null; quantity: number | string; unit_price: Amount }

export const DEFAULT_RULES: ApprovalRules = { amount_threshold: null, amount_applies_to: ["buyer"], always_roles: [] }

/** A decimal amount as a canonical string ("12.5" for 12.50, 12.5 and BigNumber(12.5)). */
export function decimalString(amount: Amount): string {
  return MathBN.convert(amount).toFixed()
}

/** "€1,000.00" as a buyer reads it. */
export function formatMoney(amount: Amount, currencyCode: string): string {
  const value = Number(MathBN.convert(amount).toFixed(2))
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
  } catch {
    return `${currencyCode.toUpperCase()} ${value.toFixed(2)}`
  }
}

/**
 * Whether a cart needs its company's approval before it may be ordered. Pure: the caller passes
 * the company's rules (null when the company has none → never), the employee's role (null for
 * customers outside companies → never) and the cart's net goods value (item_subtotal).
 *
 * - amount: `amount_threshold` set, the role is in `amount_applies_to` and the value is strictly
 *   greater than the threshold;
 * - role: the role is in `always_roles` (every cart of that role).
 */
export function evaluateApprovalRequirement(input: {
  rules: ApprovalRules | null
  role: Role | null
  amount: Amount
  currency_code: string
}): ApprovalRequirement {
  const { rules, role } = input
  if (!rules || !role) {
    return { required: false, reasons: [] }
  }
  const reasons: ApprovalReason[] = []
  if (
    rules.amount_threshold !== null &&
    rules.amount_threshold !== undefined &&
    rules.amount_applies_to.includes(role) &&
    MathBN.gt(MathBN.convert(input.amount), MathBN.convert(rules.amount_threshold))
  ) {
    reasons.push({
      code: "amount",
      message:
        `The cart's value of ${formatMoney(input.amount, input.currency_code)} (net) is above your company's ` +
        `approval limit of ${formatMoney(rules.amount_threshold, input.currency_code)} for ${role}s.`,
    })
  }
  if (rules.always_roles.includes(role)) {
    reasons.push({ code: "role", message: `Your company requires approval for every order placed by ${role}s.` })
  }
  return { required: reasons.length > 0, reasons }
}

/**
 * Fingerprint of what a cart orders: sha256 over the currency and the sorted lines
 * "variant_id|quantity|unit_price" (unit price as canonical decimal). Changing a line, a quantity or
 * a price changes it; addresses, shipping, payment and PO number do not.
 */
export function contentHash(currencyCode: string, lines: readonly HashedLine[]): string {
  const entries = lines
    .map((line) => `${line.variant_id ?? ""}|${decimalString(line.quantity)}|${decimalString(line.unit_price)}`)
    .sort()
  return createHash("sha256")
    .update([currencyCode.toLowerCase(), ...entries].join("\n"))
    .digest("hex")
}

/** The net goods value of a cart: its item_subtotal, or Σ quantity × unit_price when not loaded. */
export function goodsValue(cart: { item_subtotal?: Amount | null; items?: (HashedLine | null)[] | null }): number {
  if (cart.item_subtotal !== undefined && cart.item_subtotal !== null) {
    return Number(decimalString(cart.item_subtotal))
  }
  const sum = (cart.items ?? []).reduce(
    (acc, line) => (line ? MathBN.add(acc, MathBN.mult(line.unit_price, line.quantity)) : acc),
    MathBN.convert(0)
  )
  return Number(sum.toFixed())
}

/** What the checkout guard refuses, given the latest request for the cart (null: none). */
export function approvalRefusal(
  latest: { status: string; content_hash: string } | null,
  currentHash: string
): string | null {
  if (!latest || latest.status === "withdrawn" || latest.status === "ordered") {
    return "This cart needs approval: submit it to your company's approvers before placing the order."
  }
  if (latest.status === "pending") {
    return "This cart is awaiting approval: it can be ordered once an approver has approved it."
  }
  if (latest.status === "rejected") {
    return "This cart was rejected by your company's approver: change it and submit it again."
  }
  if (latest.content_hash !== currentHash) {
    return "This cart changed since it was approved — submit it again."
  }
  return null
}
