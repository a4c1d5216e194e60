import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { companyGuard } from "@hybrid/plugin-kit/company-context"
import { StoreTradeDetails } from "./[cart_id]/trade-details/validators"

/** Checkout on the trade site: everyone in an active company but viewers (who cannot order). */
export const storeCompanyCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/companies/me/carts/:cart_id/trade-details",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      companyGuard({ roles: ["admin", "approver", "buyer"] }),
      validateAndTransformBody(StoreTradeDetails),
    ],
  },
]
