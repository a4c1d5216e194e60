import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { processReadiness } from "../../lib/readiness"

// Signals are watched from the moment the routes load, i.e. from start-up.
processReadiness.watch(process)

/**
 * GET /ready — readiness for a load balancer: 200 when this process should get traffic, 503 with
 * the reason when not (shutting down, database unreachable, or migrations and provisioning not
 * finished). No sign-in, no publishable key, never cached. Liveness stays Medusa's GET /health.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const state = await processReadiness.check(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  res.setHeader("Cache-Control", "no-store")
  res.status(state.ready ? 200 : 503).json(state)
}
