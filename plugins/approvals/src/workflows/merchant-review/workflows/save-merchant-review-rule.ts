import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setMerchantReviewRuleStep, type SetMerchantReviewRuleInput } from "../steps/set-merchant-review-rule"

export const saveMerchantReviewRuleWorkflowId = "save-merchant-review-rule"

/**
 * The merchant sets (or, with amount_threshold null, removes) the review threshold of a currency:
 * orders placed afterwards whose total exceeds it wait for review before fulfilment.
 */
export const saveMerchantReviewRuleWorkflow = createWorkflow(
  saveMerchantReviewRuleWorkflowId,
  (input: SetMerchantReviewRuleInput) => new WorkflowResponse(setMerchantReviewRuleStep(input))
)
