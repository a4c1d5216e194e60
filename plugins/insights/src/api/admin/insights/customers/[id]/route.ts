import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyReader } from "../../../../../lib/company-figures"
import { insightsService } from "../../../../../lib/insights-service"

/**
 * GET /admin/insights/customers/:id → the customer's 360: every customer record with the same
 * email (guest and registered), company memberships, lifetime figures per channel and currency,
 * and a timeline of orders, carts and memberships across both portals.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = insightsService(req.scope)
  res.json(await service.customer360(req.params.id, companyReader(req.scope, service.companyFigureSource)))
}
