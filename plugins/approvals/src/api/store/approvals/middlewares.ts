import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { companyGuard } from "@hybrid/plugin-kit/company-context"
import { DECIDER_ROLES } from "../../../constants"
import { validateBody, validateQuery } from "@hybrid/plugin-kit/validate"
import { StoreApproveApproval, StoreListApprovals, StoreRejectApproval, StoreSaveApprovalSettings } from "./validators"

const customer = () => authenticate("customer", ["session", "bearer"])

/**
 * The approvals inbox and rules of the signed-in employee's company. The company guard runs before
 * validation (401 no session, 404 no active company, 403 role not allowed); handlers scope every
 * lookup by the guard's company, so other companies' ids answer 404.
 */
export const storeApprovalsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/approvals/settings", methods: ["GET"], middlewares: [customer(), companyGuard()] },
  {
    matcher: "/store/approvals/settings",
    methods: ["POST"],
    middlewares: [customer(), companyGuard({ roles: ["admin"] }), validateBody(StoreSaveApprovalSettings)],
  },
  {
    matcher: "/store/approvals",
    methods: ["GET"],
    middlewares: [customer(), companyGuard(), validateQuery(StoreListApprovals)],
  },
  { matcher: "/store/approvals/:id", methods: ["GET"], middlewares: [customer(), companyGuard()] },
  {
    matcher: "/store/approvals/:id/approve",
    methods: ["POST"],
    middlewares: [customer(), companyGuard({ roles: DECIDER_ROLES }), validateBody(StoreApproveApproval)],
  },
  {
    matcher: "/store/approvals/:id/reject",
    methods: ["POST"],
    middlewares: [customer(), companyGuard({ roles: DECIDER_ROLES }), validateBody(StoreRejectApproval)],
  },
]
