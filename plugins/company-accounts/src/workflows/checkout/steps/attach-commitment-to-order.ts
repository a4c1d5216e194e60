import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../constants"
import type CompanyModuleService from "../../../modules/company/service"

/** Sets the order id on a cart's spend commitment; compensation restores the previous value. */
export const attachCommitmentToOrderStep = createStep(
  "attach-commitment-to-order",
  async (input: { commitment_id: string; order_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const before = await companies.retrieveSpendCommitment(input.commitment_id)
    const updated = await companies.updateSpendCommitments({ id: input.commitment_id, order_id: input.order_id })
    return new StepResponse(updated, { id: before.id, order_id: before.order_id ?? null })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    await companies.updateSpendCommitments(previous)
  }
)
