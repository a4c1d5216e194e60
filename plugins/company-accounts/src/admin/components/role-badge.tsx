import { Badge } from "@medusajs/ui"
import type { EmployeeRole } from "../../constants"
import { ROLE_LABELS } from "../lib/format"

/** An employee's role; the company's admins stand out. */
export const RoleBadge = ({ role }: { role: EmployeeRole }) => (
  <Badge size="2xsmall" color={role === "admin" ? "blue" : "grey"}>
    {ROLE_LABELS[role] ?? role}
  </Badge>
)
