import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { fulfilmentBlock } from "../../../lib/reviews"
import { validateBody, validateQuery } from "@hybrid/plugin-kit/validate"
import {
  AdminApproveMerchantReview,
  AdminListMerchantReviews,
  AdminRejectMerchantReview,
  AdminSaveMerchantReviewRule,
} from "./validators"

/**
 * POST /admin/orders/:id/fulfillments answers 409 naming the review while the order's merchant
 * review is pending or rejected. (Fulfilments created outside HTTP are refused by the
 * createOrderFulfillmentWorkflow hook in workflows/hooks/create-order-fulfillment.ts.)
 */
export async function fulfilmentGate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const block = await fulfilmentBlock(req.scope, req.params.id)
    if (block) {
      res.status(409).json({ type: "conflict", message: block })
      return
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** The merchant's approval routes (Medusa authenticates every /admin route as an admin user). */
export const adminApprovalsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/approvals/merchant-review-rules",
    methods: ["POST"],
    middlewares: [validateBody(AdminSaveMerchantReviewRule)],
  },
  { matcher: "/admin/approvals/reviews", methods: ["GET"], middlewares: [validateQuery(AdminListMerchantReviews)] },
  {
    matcher: "/admin/approvals/reviews/:id/approve",
    methods: ["POST"],
    middlewares: [validateBody(AdminApproveMerchantReview)],
  },
  {
    matcher: "/admin/approvals/reviews/:id/reject",
    methods: ["POST"],
    middlewares: [validateBody(AdminRejectMerchantReview)],
  },
  { matcher: "/admin/orders/:id/fulfillments", methods: ["POST"], middlewares: [fulfilmentGate] },
]
