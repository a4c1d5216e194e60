import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteEmployeeInvitesStep } from "../steps/delete-employee-invites"
import { findCompanyInviteStep } from "../steps/find-company-invite"

export type RevokeInviteInput = { company_id: string; invite_id: string }

export const revokeInviteWorkflowId = "revoke-invite"

/** A company admin withdraws an open invite of their company; its token stops working. */
export const revokeInviteWorkflow = createWorkflow(revokeInviteWorkflowId, (input: RevokeInviteInput) => {
  findCompanyInviteStep({ company_id: input.company_id, invite_id: input.invite_id })
  deleteEmployeeInvitesStep(transform({ input }, ({ input }) => [input.invite_id]))
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.invite_id, deleted: true })))
})
