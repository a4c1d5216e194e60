import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCompanyAddressesStep } from "../steps/delete-company-addresses"
import { findCompanyAddressStep } from "../steps/find-company-address"

export type DeleteCompanyAddressInput = { company_id: string; address_id: string }

export const deleteCompanyAddressWorkflowId = "delete-company-address"

/** Removes an entry of a company's address book; an address of another company is a 404. */
export const deleteCompanyAddressWorkflow = createWorkflow(
  deleteCompanyAddressWorkflowId,
  (input: DeleteCompanyAddressInput) => {
    findCompanyAddressStep({ company_id: input.company_id, address_id: input.address_id })
    deleteCompanyAddressesStep(transform({ input }, ({ input }) => [input.address_id]))
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.address_id, deleted: true })))
  }
)
