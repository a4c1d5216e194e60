export { ApprovalSettings } from "./approval-settings"
export { ApprovalRequest } from "./approval-request"
export { MerchantReviewRule } from "./merchant-review-rule"
export { MerchantReview } from "./merchant-review"
