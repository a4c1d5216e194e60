import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bearerToken, revocationStore, tokenExpiry } from "@hybrid/plugin-kit/revocation"

/**
 * POST /auth/sign-out (Authorization: Bearer <token>, any actor) → 200 { success: true }.
 * Revokes the token on the server until it would have expired: from the answer on, every /store,
 * /admin and /auth route answers 401 for it, in every server process when REDIS_URL is set.
 * An invalid or expired token → 401 (nothing to revoke).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const token = bearerToken(req)!
  await revocationStore().revoke(token, tokenExpiry(token))
  res.json({ success: true })
}
