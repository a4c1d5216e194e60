import { emailNotification, type EmailNotification } from "@hybrid/plugin-kit/notifications"
import { formatMoney } from "./rules"

/**
 * Notifications the plugin sends through Medusa's Notification Module on channel "email". The
 * `template` is the stable id a real email provider maps to its own template; `data` carries
 * everything such a template needs; `content` is a plain-text rendering for providers that send
 * what they are given (the local provider logs it).
 */
export const NOTIFICATION_TEMPLATES = {
  approvalRequested: "approval.requested",
  approvalApproved: "approval.approved",
  approvalRejected: "approval.rejected",
  merchantReviewRequired: "merchant_review.required",
} as const

const email = (
  to: string,
  template: string,
  resource: { id: string; type: string },
  subject: string,
  text: string,
  data: Record<string, unknown>
): EmailNotification => emailNotification({ to, template, resource, subject, text, data })

type RequestInfo = {
  id: string
  cart_id: string
  requester_name: string | null
  requester_email: string | null
  amount: number | string
  currency_code: string
  comment: string | null
}

/** To every approver and admin of the company but the requester: a cart waits for a decision. */
export function approvalRequested(to: string, request: RequestInfo, inboxUrl: string) {
  const who = request.requester_name || request.requester_email || "A colleague"
  const value = formatMoney(request.amount, request.currency_code)
  return email(
    to,
    NOTIFICATION_TEMPLATES.approvalRequested,
    { id: request.id, type: "approval_request" },
    `${who} asks you to approve an order of ${value}`,
    `${who} submitted a cart of ${value} (net) for approval.` +
      (request.comment ? ` Their note: "${request.comment}".` : "") +
      ` Review it at ${inboxUrl}.`,
    {
      approval_id: request.id,
      cart_id: request.cart_id,
      requester_name: request.requester_name,
      requester_email: request.requester_email,
      amount: Number(request.amount),
      currency_code: request.currency_code,
      comment: request.comment,
      url: inboxUrl,
    }
  )
}

/** To the requester: their cart was approved (they may now order it) or rejected (with the reason). */
export function approvalDecided(
  to: string,
  request: RequestInfo,
  decision: { status: "approved" | "rejected"; decided_by_name: string | null; comment: string | null },
  cartUrl: string
) {
  const value = formatMoney(request.amount, request.currency_code)
  const by = decision.decided_by_name || "Your approver"
  const approved = decision.status === "approved"
  return email(
    to,
    approved ? NOTIFICATION_TEMPLATES.approvalApproved : NOTIFICATION_TEMPLATES.approvalRejected,
    { id: request.id, type: "approval_request" },
    approved ? `Your cart of ${value} is approved` : `Your cart of ${value} was rejected`,
    approved
      ? `${by} approved your cart of ${value}. You can place the order at ${cartUrl}.` +
          (decision.comment ? ` Comment: "${decision.comment}".` : "")
      : `${by} rejected your cart of ${value}. Reason: "${decision.comment ?? ""}". Change it at ${cartUrl}.`,
    {
      approval_id: request.id,
      cart_id: request.cart_id,
      status: decision.status,
      decided_by_name: decision.decided_by_name,
      decision_comment: decision.comment,
      amount: Number(request.amount),
      currency_code: request.currency_code,
      url: cartUrl,
    }
  )
}

/** To the merchant: a large order waits for review before it may be fulfilled. */
export function merchantReviewRequired(
  to: string,
  review: {
    id: string
    order_id: string
    order_display_id: number | null
    company_name: string | null
    amount: number | string
    currency_code: string
  },
  threshold: number | string
) {
  const value = formatMoney(review.amount, review.currency_code)
  const order = review.order_display_id ? `Order #${review.order_display_id}` : `Order ${review.order_id}`
  return email(
    to,
    NOTIFICATION_TEMPLATES.merchantReviewRequired,
    { id: review.id, type: "merchant_review" },
    `${order} of ${value} awaits your review`,
    `${order}${review.company_name ? ` from ${review.company_name}` : ""} totals ${value}, above the review ` +
      `threshold of ${formatMoney(threshold, review.currency_code)}. It cannot be fulfilled until it is approved ` +
      `in the admin (Merchant review).`,
    {
      review_id: review.id,
      order_id: review.order_id,
      order_display_id: review.order_display_id,
      company_name: review.company_name,
      amount: Number(review.amount),
      currency_code: review.currency_code,
      threshold: Number(threshold),
    }
  )
}
