/**
 * Shapes of the approvals admin API as the dashboard reads them (the routes in src/api/admin/approvals).
 * Amounts are Medusa 2 amounts: decimal major units, as numbers (tolerated as numeric strings).
 */
export type Amount = number | string

export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export type ApprovalStatus = "pending" | "approved" | "rejected" | "withdrawn" | "ordered"

/** A merchant review of a large order (created when the order total is above the currency's rule). */
export type MerchantReview = {
  id: string
  order_id: string
  order_display_id: number | null
  company_id: string | null
  company_name: string | null
  amount: Amount
  currency_code: string
  status: ReviewStatus
  decided_by: string | null
  decided_by_name: string | null
  comment: string | null
  decided_at: string | null
  created_at: string
}

export type MerchantReviewRule = { currency_code: string; amount_threshold: Amount }

/** A company's approval of a cart, as the buyer submitted it and an approver decided it. */
export type ApprovalRequest = {
  id: string
  status: ApprovalStatus
  cart_id: string
  company_id: string
  requested_by: { customer_id: string; name: string | null; email: string | null }
  amount: Amount
  currency_code: string
  items: Array<{
    variant_id: string
    title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: Amount
    subtotal: Amount
  }>
  reasons: Array<{ code: "amount" | "role"; message: string }>
  comment: string | null
  decided_by: { customer_id: string; name: string | null } | null
  decision_comment: string | null
  decided_at: string | null
  order_id: string | null
  created_at: string
}

export type ReviewListQuery = { status: ReviewStatus | "all"; limit: number; offset: number }
export type ReviewListResponse = { reviews: MerchantReview[]; count: number; counts: { pending: number } }
export type ReviewResponse = { review: MerchantReview }
export type RulesResponse = { rules: MerchantReviewRule[] }
export type OrderApprovalResponse = { approval: ApprovalRequest | null; review: MerchantReview | null }
