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

/**
 * Answers 409 while the cart has a pending approval request: what the approver sees must be what
 * gets ordered. Shipping method, payment and trade details stay allowed (they do not change the
 * content hash). After a decision the cart is editable again; edits after an approval void it (the
 * checkout guard compares the content hash).
 */
export async function cartLock(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cartId = req.params.id
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

/** The store cart routes that change what a cart orders (README, "What is enforced where"). */
export const LOCKED_CART_ROUTES: { matcher: string; methods: ("POST" | "DELETE")[] }[] = [
  { matcher: "/store/carts/:id", methods: ["POST"] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"] },
  { matcher: "/store/carts/:id/line-items/bulk", methods: ["POST"] },
  { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST", "DELETE"] },
  { matcher: "/store/carts/:id/promotions", methods: ["POST", "DELETE"] },
  { matcher: "/store/carts/:id/customer", methods: ["POST"] },
  { matcher: "/store/carts/:id/refresh-prices", methods: ["POST"] },
]

const customer = () => authenticate("customer", ["session", "bearer"])

export const storeCartApprovalMiddlewares: MiddlewareRoute[] = [
  ...LOCKED_CART_ROUTES.map(({ matcher, methods }) => ({ matcher, methods, middlewares: [cartLock] })),
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
