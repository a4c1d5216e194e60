import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyPriceListPricesStep, type ApplyPriceListPricesInput } from "../steps/apply-price-list-prices"
import { setImportStatusStep } from "../steps/set-import-status"

export const applyPriceImportWorkflowId = "apply-price-import"

/**
 * Applies a validated price list import (see planImport): running → prices written chunk by chunk
 * with progress → done. All rows or none: a failure undoes every written price; the caller
 * (runPriceImport) then marks the import failed with the error.
 */
export const applyPriceImportWorkflow = createWorkflow(
  applyPriceImportWorkflowId,
  (input: ApplyPriceListPricesInput) => {
    setImportStatusStep({ import_id: input.import_id, status: "running" })
    const result = applyPriceListPricesStep(input)
    setImportStatusStep({ import_id: input.import_id, status: "done" }).config({ name: "set-import-done" })
    return new WorkflowResponse(result)
  }
)
