import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

/** Stamps an invite as accepted so its token cannot be used again. Compensation clears the stamp. */
export const markInviteAcceptedStep = createStep(
  "mark-invite-accepted",
  async (inviteId: string, { container }) => {
    await companyService(container).updateEmployeeInvites({ id: inviteId, accepted_at: new Date() })
    return new StepResponse(undefined, inviteId)
  },
  async (inviteId, { container }) => {
    if (inviteId) {
      await companyService(container).updateEmployeeInvites({ id: inviteId, accepted_at: null })
    }
  }
)
