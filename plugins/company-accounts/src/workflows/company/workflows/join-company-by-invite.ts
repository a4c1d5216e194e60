import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEmployeesStep } from "../steps/create-employees"
import { findRedeemableInviteStep } from "../steps/find-redeemable-invite"
import { markInviteAcceptedStep } from "../steps/mark-invite-accepted"
import { syncTradeMembershipsStep } from "../steps/sync-trade-memberships"
import { validateInviteJoinerStep } from "../steps/validate-invite-joiner"

export type JoinCompanyByInviteInput = { token: string; customer_id: string }

export const joinCompanyByInviteWorkflowId = "join-company-by-invite"

/**
 * Redeems an invite for a person who already has an account (a franchise owner buying for a
 * second café): they become an employee of the invite's company too, with the invited role and
 * limit, and join its customer group; their other memberships stay. Unknown token 404, used or
 * expired 410, another person's invite 403, already a member 409; all or nothing.
 */
export const joinCompanyByInviteWorkflow = createWorkflow(
  joinCompanyByInviteWorkflowId,
  (input: JoinCompanyByInviteInput) => {
    const invite = findRedeemableInviteStep({ token: input.token })
    validateInviteJoinerStep(
      transform({ input, invite }, ({ input, invite }) => ({ customer_id: input.customer_id, invite }))
    )
    const employees = createEmployeesStep(
      transform({ invite, input }, ({ invite, input }) => [
        {
          company_id: invite.company.id,
          customer_id: input.customer_id,
          role: invite.role,
          spending_limit: invite.spending_limit,
        },
      ])
    )
    markInviteAcceptedStep(invite.id)
    syncTradeMembershipsStep(
      transform({ invite, input }, ({ invite, input }) => ({
        company_id: invite.company.id,
        customer_ids: [input.customer_id],
        member: true,
      }))
    )
    return new WorkflowResponse(
      transform({ invite, employees }, ({ invite, employees }) => ({
        company: invite.company,
        employee_id: employees[0].id,
        role: invite.role,
      }))
    )
  }
)
