import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approvalModule } from "../../../../../lib/approval-module"
import { latestRequestOfCart } from "../../../../../lib/requirement"
import {
  approvalView,
  reviewView,
  type ApprovalRequestRecord,
  type MerchantReviewRecord,
} from "../../../../../lib/serialize"

/**
 * GET /admin/approvals/orders/:order_id → { approval: the company approval behind the order | null,
 * review: its merchant review | null } (the order page's "Approval history" widget).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const orderId = req.params.order_id
  const service = approvalModule(req.scope)
  const [[ordered], [review]] = await Promise.all([
    service.listApprovalRequests({ order_id: orderId }, { order: { created_at: "DESC" }, take: 1 }),
    service.listMerchantReviews({ order_id: orderId }, { take: 1 }),
  ])
  let approval = (ordered as unknown as ApprovalRequestRecord | undefined) ?? null
  if (!approval) {
    // The order.placed subscriber may not have run yet: fall back to the order's cart.
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } })
    const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
    const latest = cartId ? await latestRequestOfCart(req.scope, cartId) : null
    approval = latest && (latest.status === "approved" || latest.status === "ordered") ? latest : null
  }
  res.json({
    approval: approval ? approvalView(approval, { merchant: true }) : null,
    review: review ? reviewView(review as unknown as MerchantReviewRecord) : null,
  })
}
