import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

/** An address of the given company's address book; a foreign or unknown id is a 404. */
export const findCompanyAddressStep = createStep(
  "find-company-address",
  async (input: { company_id: string; address_id: string }, { container }) => {
    const [address] = await companyService(container).listCompanyAddresses(
      { id: input.address_id, company_id: input.company_id },
      { take: 1 }
    )
    if (!address) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Address ${input.address_id} not found`)
    }
    return new StepResponse(address)
  }
)
