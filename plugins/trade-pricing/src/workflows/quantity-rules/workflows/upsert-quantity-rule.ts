import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertQuantityRuleStep, type UpsertQuantityRuleInput } from "../steps/upsert-quantity-rule"
import { validateRuleVariantStep } from "../steps/validate-rule-variant"

export const upsertQuantityRuleWorkflowId = "upsert-quantity-rule"

/**
 * Sets a variant's quantity rule (one per variant; an existing rule is replaced). The variant must
 * exist; the rule's own fields are validated by the API (min ≥ 1, increment ≥ 1, max ≥ min).
 */
export const upsertQuantityRuleWorkflow = createWorkflow(
  upsertQuantityRuleWorkflowId,
  (input: UpsertQuantityRuleInput) => {
    validateRuleVariantStep({ variant_id: input.variant_id })
    const rule = upsertQuantityRuleStep(input)
    return new WorkflowResponse(rule)
  }
)
