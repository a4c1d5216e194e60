import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { EmployeeRole } from "../../../constants"
import { employeeInvited } from "../../../lib/notifications"
import { createEmployeeInvitesStep } from "../steps/create-employee-invites"
import { resolvePluginOptionsStep } from "../steps/resolve-plugin-options"
import { validateCompanyStatusStep, type WorkflowCompany } from "../steps/validate-company-status"
import { validateNewInviteStep } from "../steps/validate-new-invite"

export type InviteEmployeeInput = {
  company_id: string
  invited_by_employee_id: string
  email: string
  role: EmployeeRole
  spending_limit?: number | null
}

export const inviteEmployeeWorkflowId = "invite-employee"

/**
 * Invites someone by email to an active company: stores an invite with a random token and emails
 * the link {tradeStorefrontUrl}/invite/{token}. The token is only ever sent by email.
 */
export const inviteEmployeeWorkflow = createWorkflow(inviteEmployeeWorkflowId, (input: InviteEmployeeInput) => {
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: ["id", "name", "status"],
    filters: { id: input.company_id },
    options: { throwIfKeyNotFound: true },
  })
  const company = transform({ companies }, ({ companies }): WorkflowCompany => companies[0])
  validateCompanyStatusStep({ company, allowed: ["active"], action: "invited to" })
  validateNewInviteStep({ company_id: input.company_id, email: input.email })

  const invites = createEmployeeInvitesStep(
    transform({ input }, ({ input }) => [
      {
        company_id: input.company_id,
        email: input.email,
        role: input.role,
        spending_limit: input.spending_limit ?? null,
        invited_by_employee_id: input.invited_by_employee_id,
      },
    ])
  )
  const options = resolvePluginOptionsStep()
  sendNotificationsStep(
    transform({ invites, company, options }, ({ invites, company, options }) =>
      invites.map((invite) =>
        employeeInvited(invite.email, company, invite, `${options.tradeStorefrontUrl}/invite/${invite.token}`)
      )
    )
  )
  return new WorkflowResponse(transform({ invites }, ({ invites }) => invites[0]))
})
