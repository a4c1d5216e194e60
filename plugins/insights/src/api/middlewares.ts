import { defineMiddlewares } from "@medusajs/framework/http"
import { adminInsightsMiddlewares } from "./admin/insights/middlewares"

/** Every route of the plugin, one flat list. */
export default defineMiddlewares({
  routes: [...adminInsightsMiddlewares],
})
