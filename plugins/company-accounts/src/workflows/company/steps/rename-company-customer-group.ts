import type { ICustomerModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyGroupName } from "./create-company-customer-group"

/** Keeps the company's customer group named after the company. Compensation restores the old name. */
export const renameCompanyCustomerGroupStep = createStep(
  "rename-company-customer-group",
  async (input: { company_id: string; name: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const { data } = await query.graph({
      entity: "company",
      fields: ["customer_group.id", "customer_group.name"],
      filters: { id: input.company_id },
    })
    const group = (data[0] as { customer_group?: { id: string; name: string } } | undefined)?.customer_group
    let name = companyGroupName(input.name)
    if (!group || group.name === name) {
      return new StepResponse(undefined, undefined)
    }
    const [clash] = await customers.listCustomerGroups({ name }, { take: 1 })
    if (clash) {
      name = `${name} (${input.company_id})`
    }
    await customers.updateCustomerGroups(group.id, { name })
    return new StepResponse(undefined, { id: group.id, name: group.name })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).updateCustomerGroups(previous.id, {
        name: previous.name,
      })
    }
  }
)
