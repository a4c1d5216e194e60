import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAuthIdentityStep } from "../steps/create-auth-identity"
import { createEmployeesStep } from "../steps/create-employees"
import { findRedeemableInviteStep } from "../steps/find-redeemable-invite"
import { markInviteAcceptedStep } from "../steps/mark-invite-accepted"
import { syncTradeMembershipsStep } from "../steps/sync-trade-memberships"

export type AcceptInviteInput = { token: string; password: string; first_name: string; last_name: string }

export const acceptInviteWorkflowId = "accept-invite"

/**
 * Redeems an invite: creates the invitee's login and customer account (email from the invite), makes
 * them an employee with the invited role and limit, stamps the invite used and puts them into the
 * Trade group and the company's group. Unknown token 404, used/expired 410; all or nothing.
 */
export const acceptInviteWorkflow = createWorkflow(acceptInviteWorkflowId, (input: AcceptInviteInput) => {
  const invite = findRedeemableInviteStep({ token: input.token })
  const identity = createAuthIdentityStep({ email: invite.email, password: input.password })
  const customerData = transform({ input, invite }, ({ input, invite }) => ({
    email: invite.email,
    first_name: input.first_name,
    last_name: input.last_name,
    company_name: invite.company.name,
  }))
  const customer = createCustomerAccountWorkflow.runAsStep({
    input: { authIdentityId: identity.id, customerData },
  })
  createEmployeesStep(
    transform({ invite, customer }, ({ invite, customer }) => [
      {
        company_id: invite.company.id,
        customer_id: customer.id,
        role: invite.role,
        spending_limit: invite.spending_limit,
      },
    ])
  )
  markInviteAcceptedStep(invite.id)
  syncTradeMembershipsStep(
    transform({ invite, customer }, ({ invite, customer }) => ({
      company_id: invite.company.id,
      customer_ids: [customer.id],
      member: true,
    }))
  )
  return new WorkflowResponse(customer)
})
