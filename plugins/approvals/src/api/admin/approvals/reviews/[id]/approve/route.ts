import { decideReviewHandler } from "../../decide"

/** POST /admin/approvals/reviews/:id/approve { comment? } → { review }; the order may be fulfilled. 409 unless pending. */
export const POST = decideReviewHandler("approved")
