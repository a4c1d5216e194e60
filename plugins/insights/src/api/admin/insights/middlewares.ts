import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminInsightsOverview } from "./validators"

/**
 * The insights routes. Medusa authenticates every /admin route as an admin user (session, bearer
 * or secret API key), so customer tokens and publishable keys are refused before these run.
 */
export const adminInsightsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/insights/overview",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminInsightsOverview, {})],
  },
  {
    matcher: "/admin/insights/overview/csv",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminInsightsOverview, {})],
  },
]
