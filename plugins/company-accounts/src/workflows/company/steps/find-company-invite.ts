import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

/** An open invite of the given company; any other id (foreign, accepted, unknown) is a 404. */
export const findCompanyInviteStep = createStep(
  "find-company-invite",
  async (input: { company_id: string; invite_id: string }, { container }) => {
    const [invite] = await companyService(container).listEmployeeInvites(
      { id: input.invite_id, company_id: input.company_id, accepted_at: null },
      { take: 1 }
    )
    if (!invite) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite ${input.invite_id} not found`)
    }
    return new StepResponse(invite)
  }
)
