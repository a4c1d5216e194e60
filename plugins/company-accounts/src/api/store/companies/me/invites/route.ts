import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyService } from "../../../../../lib/company-service"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { inviteView } from "../../../../../lib/serialize"
import { inviteEmployeeWorkflow } from "../../../../../workflows/company/workflows/invite-employee"
import type { StoreCreateInviteType } from "./validators"

/** GET /store/companies/me/invites (company admins) → { invites }: not yet accepted, newest first (expired included). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { company } = companyContext(req)
  const invites = await companyService(req.scope).listEmployeeInvites(
    { company_id: company.id, accepted_at: null },
    { order: { created_at: "DESC" } }
  )
  res.json({ invites: invites.map((invite) => inviteView(invite as Parameters<typeof inviteView>[0])) })
}

/**
 * POST /store/companies/me/invites (company admins) { email, role, spending_limit? } → 201 { invite }.
 * Emails the accept link (an email with an account joins signed in: POST /store/invites/:token/join);
 * an email already in the company or with an open invite → 409.
 */
export const POST = withHttpErrors(async (req: MedusaRequest<StoreCreateInviteType>, res: MedusaResponse) => {
  const { company, employee } = companyContext(req)
  const { result } = await inviteEmployeeWorkflow(req.scope).run({
    input: { company_id: company.id, invited_by_employee_id: employee.id, ...req.validatedBody },
  })
  res.status(201).json({ invite: inviteView(result as Parameters<typeof inviteView>[0]) })
})
