import { defineMiddlewares } from "@medusajs/framework/http"
import { adminTradePricingMiddlewares } from "./admin/trade-pricing/middlewares"
import { storeTradePricingMiddlewares } from "./store/middlewares"

/** Every route of the plugin, one flat list; each area exports its own entries. */
export default defineMiddlewares({
  routes: [...storeTradePricingMiddlewares, ...adminTradePricingMiddlewares],
})
