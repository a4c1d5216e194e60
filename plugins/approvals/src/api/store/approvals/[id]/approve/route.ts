import { decideHandler } from "../../decide"

/**
 * POST /store/approvals/:id/approve { comment? } → { approval }. Approvers and admins of the
 * request's company only (buyers, viewers 403; other companies 404), never the requester (403),
 * only pending requests (409).
 */
export const POST = decideHandler("approved")
