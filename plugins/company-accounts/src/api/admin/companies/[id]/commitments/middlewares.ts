import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListCommitments } from "./validators"

/** The merchant's view of a company's spend ledger (admin routes are authenticated by Medusa). */
export const adminCompanyCommitmentsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/companies/:id/commitments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCommitments, {})],
  },
]
