import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@hybrid/plugin-kit/validate"
import {
  AdminCreateCompanyPriceList,
  AdminImportPrices,
  AdminListQuantityRules,
  AdminUpsertQuantityRule,
} from "./validators"

/**
 * The merchant's trade-pricing routes. Medusa authenticates every /admin route as an admin user
 * (session or bearer); customer tokens and publishable keys get 401.
 */
export const adminTradePricingMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/trade-pricing/quantity-rules",
    methods: ["GET"],
    middlewares: [validateQuery(AdminListQuantityRules)],
  },
  {
    matcher: "/admin/trade-pricing/quantity-rules",
    methods: ["POST"],
    middlewares: [validateBody(AdminUpsertQuantityRule)],
  },
  {
    matcher: "/admin/trade-pricing/price-lists/:id/import",
    methods: ["POST"],
    // A 10,000-row CSV is about 400 kB of JSON.
    bodyParser: { sizeLimit: "10mb" },
    middlewares: [validateBody(AdminImportPrices)],
  },
  {
    matcher: "/admin/trade-pricing/companies/:company_id/price-list",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateCompanyPriceList)],
  },
]
