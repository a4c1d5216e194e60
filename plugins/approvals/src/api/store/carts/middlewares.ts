import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { companyGuard } from "@hybrid/plugin-kit/company-context"
import { REQUESTER_ROLES } from "../../../constants"
import { approvalModule } from "../../../lib/approval-module"
import { validateBody } from "@hybrid/plugin-kit/validate"
import { StoreSubmitApproval } from "../approvals/validators"
import { LOCKED_CART_ROUTES, type LockedCartRoute } from "./locked-routes"

/**
 * Answers 409 while the cart the request would change has a pending approval request: what the
 * approver sees must be what gets ordered. Which routes, and where each finds the cart id, is
 * LOCKED_CART_ROUTES (./locked-routes.ts). Shipping method, payment and trade details stay allowed
 * (they do not change the content hash). After a decision the cart is editable again; edits after an
 * approval void it (the checkout guard compares the content hash).
 */
export function cartLock(route: Pick<LockedCartRoute, "cartId">) {
  return async function cartLockMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const cartId = route.cartId(req)
      if (cartId) {
        const [pending] = await approvalModule(req.scope).listApprovalRequests(
          { cart_id: cartId, status: "pending" },
          { take: 1, select: ["id", "requester_name"] }
        )
        if (pending) {
          res.status(409).json({
            type: "conflict",
            message:
              "This cart is awaiting approval: it cannot be changed until the request is decided or withdrawn " +
              `(approval ${pending.id}).`,
          })
          return
        }
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}

const customer = () => authenticate("customer", ["session", "bearer"])

export const storeCartApprovalMiddlewares: MiddlewareRoute[] = [
  ...LOCKED_CART_ROUTES.map((route) => ({
    matcher: route.matcher,
    methods: [route.method],
    middlewares: [cartLock(route)],
  })),
  { matcher: "/store/carts/:id/approval", methods: ["GET"], middlewares: [customer(), companyGuard()] },
  {
    matcher: "/store/carts/:id/approval",
    methods: ["POST"],
    middlewares: [customer(), companyGuard({ roles: REQUESTER_ROLES }), validateBody(StoreSubmitApproval)],
  },
  {
    matcher: "/store/carts/:id/approval",
    methods: ["DELETE"],
    middlewares: [customer(), companyGuard({ roles: REQUESTER_ROLES })],
  },
]
