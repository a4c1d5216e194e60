import { Module } from "@medusajs/framework/utils"
import { TRADE_PRICING_MODULE } from "../../constants"
import TradePricingModuleService from "./service"

export { TRADE_PRICING_MODULE }
export type { TradePricingModuleService }

/** The `tradePricing` module: per-variant quantity rules and the progress of price list imports. */
export default Module(TRADE_PRICING_MODULE, { service: TradePricingModuleService })
