import type { MedusaContainer } from "@medusajs/framework/types"
import { INSIGHTS_MODULE } from "../constants"
import type InsightsModuleService from "../modules/insights/service"

export function insightsService(scope: Pick<MedusaContainer, "resolve">): InsightsModuleService {
  return scope.resolve<InsightsModuleService>(INSIGHTS_MODULE)
}
