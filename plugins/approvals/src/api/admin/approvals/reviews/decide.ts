import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { reviewView } from "../../../../lib/serialize"
import { decideMerchantReviewWorkflow } from "../../../../workflows/merchant-review/workflows/decide-merchant-review"

/** The handler of POST /admin/approvals/reviews/:id/approve and …/reject (see decideMerchantReviewWorkflow). */
export function decideReviewHandler(decision: "approved" | "rejected") {
  return withHttpErrors(async (req: AuthenticatedMedusaRequest<{ comment?: string | null }>, res: MedusaResponse) => {
    const { result } = await decideMerchantReviewWorkflow(req.scope).run({
      input: {
        review_id: req.params.id,
        user_id: req.auth_context.actor_id,
        decision,
        comment: req.validatedBody.comment,
      },
    })
    res.json({ review: reviewView(result) })
  })
}
