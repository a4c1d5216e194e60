import { LabeledStatusBadge } from "@hybrid/admin-ui"
import type { CompanyStatus } from "../../constants"
import { STATUS_COLORS, STATUS_LABELS } from "../lib/format"

export const CompanyStatusBadge = ({ status }: { status: CompanyStatus }) => (
  <LabeledStatusBadge status={status} labels={STATUS_LABELS} colors={STATUS_COLORS} />
)
