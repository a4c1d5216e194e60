import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvalModule } from "../../../../lib/approval-module"
import { reviewView, type MerchantReviewRecord } from "../../../../lib/serialize"
import type { AdminListMerchantReviewsType } from "../validators"

/**
 * GET /admin/approvals/reviews?status=pending|approved|rejected|all (default pending)&limit&offset
 * → { reviews, count, limit, offset, counts: { pending } }; pending oldest first (a queue), decided
 * ones newest first.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as unknown as AdminListMerchantReviewsType
  const service = approvalModule(req.scope)
  const [reviews, count] = await service.listAndCountMerchantReviews(status === "all" ? {} : { status }, {
    skip: offset,
    take: limit,
    order: { created_at: status === "pending" ? "ASC" : "DESC" },
  })
  const [, pending] = await service.listAndCountMerchantReviews({ status: "pending" }, { take: 1, select: ["id"] })
  res.json({
    reviews: reviews.map((r) => reviewView(r as unknown as MerchantReviewRecord)),
    count,
    limit,
    offset,
    counts: { pending },
  })
}
