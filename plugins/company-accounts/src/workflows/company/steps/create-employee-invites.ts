import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmployeeRole } from "../../../constants"
import { companyService } from "../../../lib/company-service"
import { pluginOptions } from "../../../lib/options"

export type CreateEmployeeInviteData = {
  company_id: string
  email: string
  role: EmployeeRole
  spending_limit?: number | null
  invited_by_employee_id: string
}

/**
 * Creates invites with a fresh random token (32 bytes, hex) valid for the plugin's
 * `inviteTtlHours`. Compensation deletes them.
 */
export const createEmployeeInvitesStep = createStep(
  "create-employee-invites",
  async (data: CreateEmployeeInviteData[], { container }) => {
    const { inviteTtlHours } = pluginOptions(container)
    const expires_at = new Date(Date.now() + inviteTtlHours * 3_600_000)
    const invites = await companyService(container).createEmployeeInvites(
      data.map((invite) => ({
        ...invite,
        email: invite.email.toLowerCase(),
        token: randomBytes(32).toString("hex"),
        expires_at,
      }))
    )
    return new StepResponse(
      invites,
      invites.map((i) => i.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).deleteEmployeeInvites(ids)
    }
  }
)
