import { Badge, StatusBadge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS } from "../lib/format"
import type { LineChange, QuoteStatus } from "../lib/types"

export const QuoteStatusBadge = ({ status }: { status: QuoteStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-status={status}>
    {STATUS_LABELS[status] ?? status}
  </StatusBadge>
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
