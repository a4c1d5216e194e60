import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminApproveCompany, AdminListCompanies, AdminRejectCompany, AdminUpdateCompany } from "./validators"

/** The merchant's company routes (Medusa authenticates every /admin route as an admin user). */
export const adminCompaniesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/companies",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCompanies, {})],
  },
  {
    matcher: "/admin/companies/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCompany)],
  },
  {
    matcher: "/admin/companies/:id/approve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminApproveCompany)],
  },
  {
    matcher: "/admin/companies/:id/reject",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRejectCompany)],
  },
]
