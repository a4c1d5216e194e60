import type { ApprovalStatus, ReviewStatus, Role } from "../constants"
import type { ApprovalReason } from "./rules"
import { DEFAULT_RULES } from "./rules"

/** One line of the cart as it was submitted. */
export type ApprovalItem = {
  variant_id: string | null
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: number
  subtotal: number
}

/** An approval_request row as the module returns it. */
export type ApprovalRequestRecord = {
  id: string
  company_id: string
  cart_id: string
  requested_by_customer_id: string
  requested_by_employee_id: string
  requester_name: string | null
  requester_email: string | null
  status: ApprovalStatus
  content_hash: string
  items: unknown
  amount: number | string
  currency_code: string
  reasons: unknown
  comment: string | null
  decided_by_customer_id: string | null
  decided_by_name: string | null
  decision_comment: string | null
  decided_at: Date | string | null
  order_id: string | null
  created_at: Date | string
  updated_at?: Date | string
}

export type ApprovalSettingsRecord = {
  id: string
  company_id: string
  amount_threshold: number | string | null
  amount_applies_to: unknown
  always_roles: unknown
  updated_by: string | null
}

export type MerchantReviewRecord = {
  id: string
  order_id: string
  order_display_id: number | null
  company_id: string | null
  company_name: string | null
  amount: number | string
  currency_code: string
  status: ReviewStatus
  decided_by: string | null
  decided_by_name: string | null
  comment: string | null
  decided_at: Date | string | null
  created_at: Date | string
}

export type MerchantReviewRuleRecord = { id: string; currency_code: string; amount_threshold: number | string }

const num = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value)

/**
 * Who receives an ApprovalRequest: the merchant (admin API) or a store customer. A cart id is a
 * bearer secret in Medusa (whoever holds it can change or complete the cart), so a store caller
 * gets `cart_id` only for a request they submitted themselves (their own cart); approvers and
 * admins deciding a colleague's request get `null` and act through the approval id.
 */
export type ApprovalAudience = { merchant: true } | { customer_id: string }

/** The ApprovalRequest JSON of the store and admin APIs (README, "Store API"). */
export function approvalView(request: ApprovalRequestRecord, audience: ApprovalAudience) {
  const ownCart = "merchant" in audience || audience.customer_id === request.requested_by_customer_id
  return {
    id: request.id,
    status: request.status,
    cart_id: ownCart ? request.cart_id : null,
    company_id: request.company_id,
    requested_by: {
      customer_id: request.requested_by_customer_id,
      name: request.requester_name,
      email: request.requester_email,
    },
    amount: num(request.amount),
    currency_code: request.currency_code,
    items: (request.items ?? []) as ApprovalItem[],
    reasons: (request.reasons ?? []) as ApprovalReason[],
    comment: request.comment,
    decided_by: request.decided_by_customer_id
      ? { customer_id: request.decided_by_customer_id, name: request.decided_by_name }
      : null,
    decision_comment: request.decision_comment,
    decided_at: request.decided_at,
    order_id: request.order_id,
    created_at: request.created_at,
  }
}
export type ApprovalRequestView = ReturnType<typeof approvalView>

/** A company's rules with their defaults (the company may have none saved). */
export function rulesOf(settings: ApprovalSettingsRecord | null | undefined) {
  if (!settings) {
    return { ...DEFAULT_RULES, amount_applies_to: [...DEFAULT_RULES.amount_applies_to], always_roles: [] as Role[] }
  }
  return {
    amount_threshold: num(settings.amount_threshold),
    amount_applies_to: (settings.amount_applies_to ?? []) as Role[],
    always_roles: (settings.always_roles ?? []) as Role[],
  }
}

/** GET/POST /store/approvals/settings → settings. */
export function settingsView(settings: ApprovalSettingsRecord | null | undefined, currency_code: string) {
  const rules = rulesOf(settings)
  return {
    amount_threshold: rules.amount_threshold === null ? null : Number(rules.amount_threshold),
    currency_code,
    amount_applies_to: rules.amount_applies_to,
    always_roles: rules.always_roles,
  }
}

/** The MerchantReview JSON of the admin API. */
export function reviewView(review: MerchantReviewRecord) {
  return {
    id: review.id,
    order_id: review.order_id,
    order_display_id: review.order_display_id,
    company_id: review.company_id,
    company_name: review.company_name,
    amount: num(review.amount),
    currency_code: review.currency_code,
    status: review.status,
    decided_by: review.decided_by,
    decided_by_name: review.decided_by_name,
    comment: review.comment,
    decided_at: review.decided_at,
    created_at: review.created_at,
  }
}

export function ruleView(rule: MerchantReviewRuleRecord) {
  return { currency_code: rule.currency_code, amount_threshold: Number(rule.amount_threshold) }
}
