import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Name of a company's own customer group; the id is appended only when another group has the name. */
export const companyGroupName = (name: string) => `Company: ${name}`

/**
 * Creates the company's own customer group "Company: <name>" (customer group names are unique, so
 * a clash gets the company id appended). Compensation deletes it.
 */
export const createCompanyCustomerGroupStep = createStep(
  "create-company-customer-group",
  async (input: { company_id: string; name: string }, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    let name = companyGroupName(input.name)
    const [clash] = await customers.listCustomerGroups({ name }, { take: 1 })
    if (clash) {
      name = `${name} (${input.company_id})`
    }
    const group = await customers.createCustomerGroups({ name, metadata: { company_id: input.company_id } })
    return new StepResponse(group, group.id)
  },
  async (groupId, { container }) => {
    if (groupId) {
      await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).deleteCustomerGroups([groupId])
    }
  }
)
