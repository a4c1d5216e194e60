import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@hybrid/plugin-kit/validate"
import { explainCompletionConflicts } from "./carts/completion-conflicts"
import { StoreBulkAddItems, StoreExplainPrices, StoreSearchVariants } from "./validators"
import { storeCartRuleMiddlewares } from "./carts/cart-rules"

/**
 * Store routes of the plugin. Medusa requires a publishable key on every /store route and
 * authenticates a customer bearer/session when one is sent (guests allowed), so these routes see
 * `auth_context.actor_id` for signed-in buyers and nothing for guests.
 */
export const storeTradePricingMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/trade-pricing/variants",
    methods: ["GET"],
    middlewares: [validateQuery(StoreSearchVariants)],
  },
  {
    matcher: "/store/trade-pricing/prices",
    methods: ["GET"],
    middlewares: [validateQuery(StoreExplainPrices)],
  },
  {
    matcher: "/store/carts/:id/line-items/bulk",
    methods: ["POST"],
    bodyParser: { sizeLimit: "1mb" },
    middlewares: [validateBody(StoreBulkAddItems)],
  },
  // Trade rules on Medusa's cart routes: line delete, the Trade channel (carts/cart-rules.ts).
  ...storeCartRuleMiddlewares,
  // The order boundary: the changed lines on a completion's 409 (see completion-conflicts.ts).
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [explainCompletionConflicts] },
]
