import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../constants"
import type CompanyModuleService from "../../../modules/company/service"

/** Marks an on-account commitment paid (frees its amount from the company's exposure); compensation reopens it. */
export const settleCommitmentStep = createStep(
  "settle-commitment",
  async (input: { commitment_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const updated = await companies.updateSpendCommitments({ id: input.commitment_id, settled_at: new Date() })
    return new StepResponse(updated, input.commitment_id)
  },
  async (commitmentId, { container }) => {
    if (!commitmentId) {
      return
    }
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    await companies.updateSpendCommitments({ id: commitmentId, settled_at: null })
  }
)
