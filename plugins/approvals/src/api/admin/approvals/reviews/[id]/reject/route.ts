import { decideReviewHandler } from "../../decide"

/** POST /admin/approvals/reviews/:id/reject { comment } → { review }; cancels the order. 409 unless pending. */
export const POST = decideReviewHandler("rejected")
