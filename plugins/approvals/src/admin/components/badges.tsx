import { LabeledStatusBadge } from "@hybrid/admin-ui"
import {
  APPROVAL_STATUS_COLORS,
  APPROVAL_STATUS_LABELS,
  REVIEW_STATUS_COLORS,
  REVIEW_STATUS_LABELS,
} from "../lib/format"
import type { ApprovalStatus, ReviewStatus } from "../lib/types"

export const ReviewStatusBadge = ({ status }: { status: ReviewStatus }) => (
  <LabeledStatusBadge status={status} labels={REVIEW_STATUS_LABELS} colors={REVIEW_STATUS_COLORS} />
)

export const ApprovalStatusBadge = ({ status }: { status: ApprovalStatus }) => (
  <LabeledStatusBadge status={status} labels={APPROVAL_STATUS_LABELS} colors={APPROVAL_STATUS_COLORS} />
)
