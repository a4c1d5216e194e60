import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../constants"
import type CompanyModuleService from "../../../modules/company/service"

/**
 * Takes a canceled order's commitment out of the ledger (soft delete: it no longer counts towards
 * the employee's spending or the company's exposure, and stays on record); compensation restores it.
 */
export const releaseCommitmentStep = createStep(
  "release-commitment",
  async (input: { commitment_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    await companies.softDeleteSpendCommitments([input.commitment_id])
    return new StepResponse(input.commitment_id, input.commitment_id)
  },
  async (commitmentId, { container }) => {
    if (!commitmentId) {
      return
    }
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    await companies.restoreSpendCommitments([commitmentId])
  }
)
