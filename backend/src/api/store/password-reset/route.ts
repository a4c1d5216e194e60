import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateResetPasswordTokenWorkflow } from "@medusajs/medusa/core-flows"
import { siteOfChannels } from "../../../lib/sites"
import type { StoreRequestPasswordResetType } from "./validators"

/** The one answer every accepted request gets, whether or not the email has an account. */
export const PASSWORD_RESET_REQUESTED = {
  status: "requested",
  message: "If an account uses this email address, we have sent it a link to choose a new password.",
} as const

/**
 * POST /store/password-reset { email } → 202 PASSWORD_RESET_REQUESTED, for known and unknown
 * emails alike (Medusa's token workflow runs either way and its failure for an unknown identity
 * is swallowed, as Medusa's own reset route does). For a customer login it makes Medusa's
 * single-use reset token (15 minutes; a newer one replaces it) and emits `auth.password_reset`
 * with the site the request came from (the publishable key's sales channel), whose subscriber
 * emails the link to that site's /reset-password page. Throttled per email and address
 * (`passwordReset`); bad input → 400 naming `email`.
 */
export async function POST(req: MedusaStoreRequest<StoreRequestPasswordResetType>, res: MedusaResponse) {
  const site = await siteOfChannels(req.scope, req.publishable_key_context?.sales_channel_ids ?? [])
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  await generateResetPasswordTokenWorkflow(req.scope).run({
    input: {
      entityId: req.validatedBody.email,
      actorType: "customer",
      provider: "emailpass",
      secret: http.jwtSecret as string,
      jwtOptions: http.jwtOptions,
      metadata: { site },
    },
    throwOnError: false,
  })
  res.status(202).json(PASSWORD_RESET_REQUESTED)
}
