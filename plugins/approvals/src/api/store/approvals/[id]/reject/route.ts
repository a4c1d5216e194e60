import { decideHandler } from "../../decide"

/**
 * POST /store/approvals/:id/reject { comment } (required) → { approval }. Same rules as approve;
 * the cart is editable again and the requester is emailed the comment.
 */
export const POST = decideHandler("rejected")
