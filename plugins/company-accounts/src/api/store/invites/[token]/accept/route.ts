import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { acceptInviteWorkflow } from "../../../../../workflows/company/workflows/accept-invite"
import type { StoreAcceptInviteType } from "../../validators"

/**
 * POST /store/invites/:token/accept (no sign-in) → 201 { customer }. Creates the invitee's account
 * and employee record; they sign in with the invite's email and this password.
 */
export const POST = withHttpErrors(async (req: MedusaRequest<StoreAcceptInviteType>, res: MedusaResponse) => {
  const { result: customer } = await acceptInviteWorkflow(req.scope).run({
    input: { token: req.params.token, ...req.validatedBody },
  })
  res.status(201).json({
    customer: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name,
      last_name: customer.last_name,
    },
  })
})
