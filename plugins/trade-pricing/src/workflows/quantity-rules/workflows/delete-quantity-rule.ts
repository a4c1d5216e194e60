import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteQuantityRuleStep } from "../steps/delete-quantity-rule"

export const deleteQuantityRuleWorkflowId = "delete-quantity-rule"

/** Removes a variant's quantity rule: any quantity is allowed again. */
export const deleteQuantityRuleWorkflow = createWorkflow(
  deleteQuantityRuleWorkflowId,
  (input: { variant_id: string }) => {
    return new WorkflowResponse(deleteQuantityRuleStep(input))
  }
)
