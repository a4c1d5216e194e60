import { LabeledStatusBadge } from "@hybrid/admin-ui"
import { Badge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS } from "../lib/format"
import type { LineChange, QuoteStatus } from "../lib/types"

export const QuoteStatusBadge = ({ status }: { status: QuoteStatus }) => (
  <LabeledStatusBadge status={status} labels={STATUS_LABELS} colors={STATUS_COLORS} />
)

const CHANGE_LABELS: Record<LineChange, string> = {
  unchanged: "As requested",
  changed: "Changed",
  added: "Added",
  removed: "Removed",
}

const CHANGE_COLORS: Record<LineChange, "grey" | "orange" | "blue" | "red"> = {
  unchanged: "grey",
  changed: "orange",
  added: "blue",
  removed: "red",
}

/** How a line of the offer differs from what the buyer asked for. */
export const ChangeBadge = ({ change }: { change: LineChange }) => (
  <Badge size="2xsmall" color={CHANGE_COLORS[change]} className="whitespace-nowrap" data-change={change}>
    {CHANGE_LABELS[change]}
  </Badge>
)
