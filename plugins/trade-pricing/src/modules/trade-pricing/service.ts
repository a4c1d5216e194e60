import { MedusaService } from "@medusajs/framework/utils"
import { PriceImport, QuantityRule } from "./models"

/** Data access of the `tradePricing` module: generated CRUD for quantity rules and price imports. */
export default class TradePricingModuleService extends MedusaService({ QuantityRule, PriceImport }) {}
