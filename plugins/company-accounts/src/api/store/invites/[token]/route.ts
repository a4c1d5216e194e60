import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { findRedeemableInvite } from "../../../../workflows/company/steps/find-redeemable-invite"

/**
 * GET /store/invites/:token (no sign-in) → { invite: { email, role, expires_at, company: { name } } }
 * for the accept page. Unknown token 404; accepted, expired or company no longer active 410.
 */
export const GET = withHttpErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const invite = await findRedeemableInvite(req.scope, req.params.token)
  res.json({
    invite: {
      email: invite.email,
      role: invite.role,
      expires_at: invite.expires_at,
      company: { name: invite.company.name },
    },
  })
})
