import { Badge } from "@medusajs/ui"
import { formatChange } from "../lib/format"
import type { Figure } from "../lib/types"

/** The change of a figure against the previous period, green up / red down. */
export const ChangeBadge = ({ figure }: { figure: Figure }) => {
  const percent = figure.change.percent
  const color = percent === null ? "grey" : percent > 0 ? "green" : percent < 0 ? "red" : "grey"
  return (
    <Badge size="2xsmall" color={color} title={`Previous period: ${figure.previous}`}>
      {formatChange(percent, figure.previous)}
    </Badge>
  )
}
