import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { bearerToken, revocationStore, tokenClaims } from "@hybrid/plugin-kit/revocation"

/**
 * After Medusa's `POST /auth/{actor}/emailpass/update` (a new password set with a reset token)
 * succeeds, every token of that login issued before it is refused from then on, as after
 * `POST /store/password-reset/confirm`. The reset token names the login by `entity_id` (the email);
 * its auth identity is looked up once the answer is a success, before the answer leaves.
 */
export async function endSessionsOnPasswordUpdate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = bearerToken(req)
  const entityId = token ? tokenClaims(token).entity_id : undefined
  if (typeof entityId !== "string" || !entityId) {
    next()
    return
  }
  const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
  let settled = false
  res.end = ((...args: unknown[]) => {
    if (settled || res.statusCode !== 200) {
      return end(...args)
    }
    settled = true
    const notBefore = Math.floor(Date.now() / 1000) + 1
    req.scope
      .resolve<IAuthModuleService>(Modules.AUTH)
      .listProviderIdentities({ entity_id: entityId, provider: "emailpass" }, { select: ["auth_identity_id"] })
      .then((identities) =>
        Promise.all(
          identities
            .map((identity) => identity.auth_identity_id)
            .filter((id): id is string => !!id)
            .map((id) => revocationStore().setNotBefore(id, notBefore))
        )
      )
      .catch((error: unknown) =>
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .error(`Earlier sessions not ended after a password update: ${String(error)}`)
      )
      .finally(() => end(...args))
    return res
  }) as MedusaResponse["end"]
  next()
}
