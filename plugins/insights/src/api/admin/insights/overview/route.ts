import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { overviewBody } from "../helpers"
import type { AdminInsightsOverviewType } from "../validators"

/**
 * GET /admin/insights/overview?period=&from=&to=&bucket=&currency= → the dashboard's figures for
 * one currency: KPIs per channel and in total with the previous period, the chart series, top
 * products and companies, guest share, cart conversion, cancellations, refunds and trade figures.
 */
export async function GET(req: MedusaRequest<unknown, AdminInsightsOverviewType>, res: MedusaResponse) {
  res.json(await overviewBody(req.scope, req.validatedQuery as AdminInsightsOverviewType))
}
