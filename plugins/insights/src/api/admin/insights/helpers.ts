import type { MedusaContainer } from "@medusajs/framework/types"
import { companyReader } from "../../../lib/company-figures"
import { insightsService } from "../../../lib/insights-service"
import { tradeFigures } from "../../../lib/trade-figures"
import type { AdminInsightsOverviewType } from "./validators"

/** The overview body: the module's figures plus the trade figures other modules contribute. */
export async function overviewBody(scope: MedusaContainer, query: AdminInsightsOverviewType) {
  const service = insightsService(scope)
  const companies = companyReader(scope, service.companyFigureSource)
  const overview = await service.overview({ currency: query.currency, period: query.resolved }, companies)
  const trade = await tradeFigures(scope, service.tradeFigureSources, {
    currency_code: overview.currency_code,
    from: query.resolved.from,
    to: query.resolved.to,
  })
  return { ...overview, trade: { ...trade, credit: overview.credit } }
}
