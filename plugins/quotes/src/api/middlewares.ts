import { defineMiddlewares } from "@medusajs/framework/http"
import { adminQuotesMiddlewares } from "./admin/quotes/middlewares"
import { storeQuotesMiddlewares } from "./store/quotes/middlewares"

/** Every route of the plugin, one flat list; each resource folder exports its own entries. */
export default defineMiddlewares({
  routes: [...storeQuotesMiddlewares, ...adminQuotesMiddlewares],
})
