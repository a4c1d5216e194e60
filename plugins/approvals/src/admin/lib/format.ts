import type { StatusColor } from "@hybrid/admin-ui"
import { parseAmountInput } from "@hybrid/admin-ui/format"
import type { ApprovalStatus, ReviewStatus } from "./types"

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: "Awaiting review",
  approved: "Approved",
  rejected: "Rejected",
}

export const REVIEW_STATUS_COLORS: Record<ReviewStatus, StatusColor> = {
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

export const APPROVAL_STATUS_COLORS: Record<ApprovalStatus, StatusColor> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  withdrawn: "grey",
  ordered: "green",
}

/** A threshold typed by the merchant (major units, "." or "," as decimal separator); null when invalid. */
export function parseThreshold(input: string): number | null {
  const parsed = parseAmountInput(input, "Amount")
  return parsed.ok ? parsed.value : null
}

/** "#1042", or the order id when the display id is unknown. */
export function orderLabel(review: { order_display_id: number | null; order_id: string }): string {
  return review.order_display_id !== null && review.order_display_id !== undefined
    ? `#${review.order_display_id}`
    : review.order_id
}
