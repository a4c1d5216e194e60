import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

/** Revokes invites (soft delete; the compensation restores them). */
export const deleteEmployeeInvitesStep = createStep(
  "delete-employee-invites",
  async (ids: string[], { container }) => {
    await companyService(container).softDeleteEmployeeInvites(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).restoreEmployeeInvites(ids)
    }
  }
)
