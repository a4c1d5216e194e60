import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { joinCompanyByInviteWorkflow } from "../../../../../workflows/company/workflows/join-company-by-invite"

/**
 * POST /store/invites/:token/join (signed in) → 201 { company: { id, name }, employee: { id, role } }: a person who already has an
 * account joins the invite's company as a further membership (the invite must be for their email).
 * Which company they act for does not change; they switch with POST /store/companies/me/active.
 */
export const POST = withHttpErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await joinCompanyByInviteWorkflow(req.scope).run({
    input: { token: req.params.token, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({
    company: { id: result.company.id, name: result.company.name },
    employee: { id: result.employee_id, role: result.role },
  })
})
