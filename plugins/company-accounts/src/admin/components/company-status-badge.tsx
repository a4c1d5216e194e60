import { StatusBadge } from "@medusajs/ui"
import type { CompanyStatus } from "../../constants"
import { STATUS_COLORS, STATUS_LABELS } from "../lib/format"

export const CompanyStatusBadge = ({ status }: { status: CompanyStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{STATUS_LABELS[status] ?? status}</StatusBadge>
)
