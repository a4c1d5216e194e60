import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyAddressFields } from "../steps/create-company-addresses"
import { findCompanyAddressStep } from "../steps/find-company-address"
import { updateCompanyAddressesStep } from "../steps/update-company-addresses"

export type UpdateCompanyAddressInput = {
  company_id: string
  address_id: string
  address: Partial<CompanyAddressFields>
}

export const updateCompanyAddressWorkflowId = "update-company-address"

/** Edits an entry of a company's address book; an address of another company is a 404. */
export const updateCompanyAddressWorkflow = createWorkflow(
  updateCompanyAddressWorkflowId,
  (input: UpdateCompanyAddressInput) => {
    findCompanyAddressStep({ company_id: input.company_id, address_id: input.address_id })
    const addresses = updateCompanyAddressesStep(
      transform({ input }, ({ input }) => [{ ...input.address, id: input.address_id }])
    )
    return new WorkflowResponse(transform({ addresses }, ({ addresses }) => addresses[0]))
  }
)
