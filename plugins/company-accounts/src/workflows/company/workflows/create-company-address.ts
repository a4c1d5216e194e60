import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompanyAddressesStep, type CompanyAddressFields } from "../steps/create-company-addresses"

export type CreateCompanyAddressInput = { company_id: string; address: CompanyAddressFields }

export const createCompanyAddressWorkflowId = "create-company-address"

/** Adds an entry to a company's shared address book. */
export const createCompanyAddressWorkflow = createWorkflow(
  createCompanyAddressWorkflowId,
  (input: CreateCompanyAddressInput) => {
    const addresses = createCompanyAddressesStep(
      transform({ input }, ({ input }) => [{ ...input.address, company_id: input.company_id }])
    )
    return new WorkflowResponse(transform({ addresses }, ({ addresses }) => addresses[0]))
  }
)
