import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

/** Removes address-book entries (soft delete; the compensation restores them). */
export const deleteCompanyAddressesStep = createStep(
  "delete-company-addresses",
  async (ids: string[], { container }) => {
    await companyService(container).softDeleteCompanyAddresses(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).restoreCompanyAddresses(ids)
    }
  }
)
