import type { WorkflowCompany } from "../steps/validate-company-status"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymentTerms, SpendingPeriod } from "../../../constants"
import { renameCompanyCustomerGroupStep } from "../steps/rename-company-customer-group"
import { syncTradeMembershipsStep } from "../steps/sync-trade-memberships"
import { updateCompaniesStep } from "../steps/update-companies"
import { validateCompanyUpdateStep } from "../steps/validate-company-update"

export type UpdateCompanyInput = {
  id: string
  name?: string
  payment_terms?: PaymentTerms
  credit_limit?: number
  po_required?: boolean
  spending_period?: SpendingPeriod
  status?: "active" | "suspended"
}

export const updateCompanyWorkflowId = "update-company"

/**
 * The merchant's edit of a company. Suspending takes every employee out of the Trade group and the
 * company's own group (no trade prices, no company routes); reactivating puts them back. A rename
 * renames the company's customer group too.
 */
export const updateCompanyWorkflow = createWorkflow(updateCompanyWorkflowId, (input: UpdateCompanyInput) => {
  const { data: companies } = useQueryGraphStep({
    entity: "company",
    fields: ["id", "name", "status"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const company = transform({ companies }, ({ companies }): WorkflowCompany => companies[0])
  validateCompanyUpdateStep({ company, status: input.status })

  const updated = updateCompaniesStep(
    transform({ input }, ({ input }) => [
      Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as UpdateCompanyInput,
    ])
  )

  when("company-renamed", { input, company }, ({ input, company }) => !!input.name && input.name !== company.name).then(
    () => {
      renameCompanyCustomerGroupStep({ company_id: input.id, name: input.name as unknown as string })
    }
  )
  when(
    "company-suspended",
    { input, company },
    ({ input, company }) => company.status === "active" && input.status === "suspended"
  ).then(() => {
    syncTradeMembershipsStep({ company_id: input.id, member: false }).config({ name: "withdraw-trade-memberships" })
  })
  when(
    "company-reactivated",
    { input, company },
    ({ input, company }) => company.status === "suspended" && input.status === "active"
  ).then(() => {
    syncTradeMembershipsStep({ company_id: input.id, member: true }).config({ name: "restore-trade-memberships" })
  })

  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
