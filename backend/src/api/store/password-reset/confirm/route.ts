import { getAuthContextFromJwtToken, type MedusaResponse, type MedusaStoreRequest } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, MedusaError, Modules } from "@medusajs/framework/utils"
import { revocationStore } from "@hybrid/plugin-kit/revocation"
import type { StoreConfirmPasswordResetType } from "../validators"

const PROVIDER = "emailpass"

/** The answer for an unknown, forged, used or expired reset token (401: the throttle counts it). */
function refuseToken(res: MedusaResponse) {
  res.status(401).json({
    type: "unauthorized",
    field: "token",
    message: "token: this reset link is invalid, already used or expired. Ask for a new one.",
  })
}

/**
 * POST /store/password-reset/confirm { token, password } → 200 { token: <session JWT> }.
 *
 * The reset token (from the emailed link, or Medusa's own reset route) is a customer JWT with
 * `purpose: "reset"` whose `jti` Medusa's auth module stores once: consuming it is atomic, so a
 * link works once and only within its 15 minutes (→ 401 naming `token` otherwise). The new
 * password replaces the old one; every token of that login issued before now answers 401 from
 * here on (a "not before" per auth identity, `revokedTokenGuard`), and the answer carries a fresh
 * session token issued after it, so the site signs the person in. Bad input → 400 naming `token`
 * or `password`; the password is checked before the token is spent. Throttled per address
 * (`passwordResetConfirm`, refused tokens count).
 */
export async function POST(req: MedusaStoreRequest<StoreConfirmPasswordResetType>, res: MedusaResponse) {
  const { token, password } = req.validatedBody
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const claims = getAuthContextFromJwtToken(
    `Bearer ${token}`,
    http.jwtSecret as string,
    ["bearer"],
    ["customer"],
    http.jwtPublicKey,
    http.jwtVerifyOptions ?? http.jwtOptions
  ) as (Record<string, unknown> & { entity_id?: unknown; purpose?: unknown; jti?: unknown }) | null
  if (
    !claims ||
    claims.purpose !== "reset" ||
    typeof claims.jti !== "string" ||
    typeof claims.entity_id !== "string" ||
    !claims.entity_id
  ) {
    refuseToken(res)
    return
  }

  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  let consumed: { auth_identity_id: string; entity_id: string }
  try {
    consumed = await auth.consumePasswordResetToken({
      jti: claims.jti,
      provider: PROVIDER,
      entity_id: claims.entity_id,
    })
  } catch {
    refuseToken(res)
    return
  }

  const updated = await auth.updateProvider(PROVIDER, { entity_id: consumed.entity_id, password })
  if (!updated.success) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, updated.error ?? "The password could not be changed")
  }

  // Tokens carry `iat` in whole seconds: "not before" is the next second, and the fresh token is
  // stamped with it, so every earlier token (this second's included) is refused and this one is not.
  const notBefore = Math.floor(Date.now() / 1000) + 1
  await revocationStore().setNotBefore(consumed.auth_identity_id, notBefore)

  const identity = await auth.retrieveAuthIdentity(consumed.auth_identity_id, { relations: ["provider_identities"] })
  const customerId = (identity.app_metadata?.customer_id as string | undefined) ?? ""
  const providerIdentity = identity.provider_identities?.find((p) => p.provider === PROVIDER)
  const session = generateJwtToken(
    {
      actor_id: customerId,
      actor_type: "customer",
      auth_identity_id: identity.id,
      auth_provider: PROVIDER,
      mfa_enabled: false,
      mfa_challenge_completed_at: null,
      app_metadata: { ...(identity.app_metadata ?? {}), customer_id: customerId || undefined },
      user_metadata: providerIdentity?.user_metadata ?? {},
      iat: notBefore,
    },
    { secret: http.jwtSecret as string, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
  res.json({ token: session })
}
