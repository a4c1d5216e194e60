import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { insightsService } from "../../../../../lib/insights-service"

/**
 * GET /admin/insights/companies/:id → the company's 360: credit, lifetime figures per channel and
 * currency, each employee's company orders beside their private ones, and the company's timeline.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await insightsService(req.scope).company360(req.params.id))
}
