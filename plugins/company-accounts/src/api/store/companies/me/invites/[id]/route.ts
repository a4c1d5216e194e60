import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { revokeInviteWorkflow } from "../../../../../../workflows/company/workflows/revoke-invite"

/** DELETE /store/companies/me/invites/:id (company admins) → { id, object, deleted }; the token stops working. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const { company } = companyContext(req)
  await revokeInviteWorkflow(req.scope).run({ input: { company_id: company.id, invite_id: req.params.id } })
  res.json({ id: req.params.id, object: "employee_invite", deleted: true })
}
