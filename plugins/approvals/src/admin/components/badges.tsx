import { StatusBadge } from "@medusajs/ui"
import { APPROVAL_STATUS_COLORS, APPROVAL_STATUS_LABELS, REVIEW_STATUS_COLORS, REVIEW_STATUS_LABELS } from "../lib/format"
import type { ApprovalStatus, ReviewStatus } from "../lib/types"

export const ReviewStatusBadge = ({ status }: { status: ReviewStatus }) => (
  <StatusBadge color={REVIEW_STATUS_COLORS[status] ?? "grey"} data-status={status}>
    {REVIEW_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)

export const ApprovalStatusBadge = ({ status }: { status: ApprovalStatus }) => (
  <StatusBadge color={APPROVAL_STATUS_COLORS[status] ?? "grey"} data-status={status}>
    {APPROVAL_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)
