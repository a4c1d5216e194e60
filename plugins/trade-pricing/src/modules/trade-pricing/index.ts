import { Module } from "@medusajs/framework/utils"
import { TRADE_PRICING_MODULE } from "../../constants"
import failInterruptedImportsLoader from "./loaders/fail-interrupted-imports"
import TradePricingModuleService from "./service"

export { TRADE_PRICING_MODULE }
export type { TradePricingModuleService }

/**
 * The `tradePricing` module: per-variant quantity rules and the progress of price list imports.
 * Its loader ends imports a restart interrupted (failed, "interrupted by a restart").
 */
export default Module(TRADE_PRICING_MODULE, {
  service: TradePricingModuleService,
  loaders: [failInterruptedImportsLoader],
})
