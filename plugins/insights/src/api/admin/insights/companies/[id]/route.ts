import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyReader } from "../../../../../lib/company-figures"
import { insightsService } from "../../../../../lib/insights-service"

/**
 * GET /admin/insights/companies/:id → the company's 360: credit, lifetime figures per channel and
 * currency, each employee's company orders beside their private ones, and the company's timeline.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = insightsService(req.scope)
  res.json(await service.company360(req.params.id, companyReader(req.scope, service.companyFigureSource)))
}
