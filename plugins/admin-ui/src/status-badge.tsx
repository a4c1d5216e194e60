import { StatusBadge } from "@medusajs/ui"

/** The colours of @medusajs/ui's StatusBadge. */
export type StatusColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/**
 * A status in words and colour, from a plugin's label and colour maps. An unknown status (a newer
 * server) shows its raw value in grey rather than nothing. `data-status` carries the raw value for tests.
 */
export function LabeledStatusBadge<S extends string>({
  status,
  labels,
  colors,
}: {
  status: S
  labels: Record<S, string>
  colors: Record<S, StatusColor>
}) {
  return (
    <StatusBadge color={colors[status] ?? "grey"} data-status={status}>
      {labels[status] ?? status}
    </StatusBadge>
  )
}
