import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

/**
 * Removes employees (soft delete, so the compensation can restore them unchanged), under their
 * companies' row locks so a checkout in progress finishes its spend commitment first.
 */
export const deleteEmployeesStep = createStep(
  "delete-employees",
  async (ids: string[], { container }) => {
    await companyService(container).removeEmployees(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).restoreEmployees(ids)
    }
  }
)
