import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { companyGuard } from "@hybrid/plugin-kit/company-context"
import { StoreListCompanyOrders, StoreReorder } from "./validators"

/** Company orders: every role reads (buyers only their own, scoped in the handlers); viewers cannot reorder. */
export const storeCompanyOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/companies/me/orders",
    methods: ["GET"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      companyGuard(),
      validateAndTransformQuery(StoreListCompanyOrders, {}),
    ],
  },
  {
    matcher: "/store/companies/me/orders/:id",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"]), companyGuard()],
  },
  {
    matcher: "/store/companies/me/orders/:id/reorder",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      companyGuard({ roles: ["admin", "approver", "buyer"] }),
      validateAndTransformBody(StoreReorder),
    ],
  },
]
