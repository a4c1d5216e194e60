import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

/** Removes employees (soft delete, so the compensation can restore them unchanged). */
export const deleteEmployeesStep = createStep(
  "delete-employees",
  async (ids: string[], { container }) => {
    await companyService(container).softDeleteEmployees(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).restoreEmployees(ids)
    }
  }
)
