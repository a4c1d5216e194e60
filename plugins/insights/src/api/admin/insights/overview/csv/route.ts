import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { overviewCsv } from "../../../../../lib/csv"
import { overviewBody } from "../../helpers"
import type { AdminInsightsOverviewType } from "../../validators"

/** GET /admin/insights/overview/csv?… (same parameters) → the figures the dashboard shows, as CSV. */
export async function GET(req: MedusaRequest<unknown, AdminInsightsOverviewType>, res: MedusaResponse) {
  const body = await overviewBody(req.scope, req.validatedQuery as AdminInsightsOverviewType)
  const filename = `insights-${body.currency_code}-${body.period.from}-${body.period.to}.csv`
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${filename}"`)
  res.send(overviewCsv(body))
}
