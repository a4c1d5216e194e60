import type { ICustomerModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"
import { pluginOptions } from "../../../lib/options"

export type SyncTradeMembershipsStepInput = {
  company_id: string
  /** Customers to add or remove. Default: every employee of the company. */
  customer_ids?: string[]
  /** true: put them in the Trade group and the company's own group; false: take them out of both. */
  member: boolean
}

type Pair = { customer_id: string; customer_group_id: string }
type Compensation = { added: Pair[]; removed: Pair[]; createdGroupId?: string }

/**
 * Puts customers into (or takes them out of) the Trade customer group and their company's own
 * group, which is what grants (or withdraws) trade prices. A person who leaves one company but is
 * still a member of another active company stays in the Trade group (and in the other company's group). Only memberships that actually change
 * are recorded, so the compensation restores exactly the previous state — a customer who was in
 * the Trade group before stays there. Creates the Trade group when it is missing.
 */
export const syncTradeMembershipsStep = createStep(
  "sync-trade-memberships",
  async (input: SyncTradeMembershipsStepInput, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const compensation: Compensation = { added: [], removed: [] }

    const customerIds =
      input.customer_ids ??
      (await companyService(container).listEmployees({ company_id: input.company_id })).map((e) => e.customer_id)
    if (!customerIds.length) {
      return new StepResponse({ added: 0, removed: 0 }, compensation)
    }

    const { tradeCustomerGroupName } = pluginOptions(container)
    let [tradeGroup] = await customers.listCustomerGroups({ name: tradeCustomerGroupName })
    if (!tradeGroup && input.member) {
      tradeGroup = await customers.createCustomerGroups({ name: tradeCustomerGroupName })
      compensation.createdGroupId = tradeGroup.id
    }
    const { data: companies } = await query.graph({
      entity: "company",
      fields: ["id", "customer_group.id"],
      filters: { id: input.company_id },
    })
    const companyGroupId = (companies[0] as { customer_group?: { id: string } } | undefined)?.customer_group?.id
    const groupIds = [tradeGroup?.id, companyGroupId].filter((id): id is string => !!id)

    const current = await customers.listCustomers({ id: customerIds }, { relations: ["groups"] })
    const isMember = new Set(current.flatMap((c) => (c.groups ?? []).map((g) => `${c.id}:${g.id}`)))
    // Leaving one company: a person still employed by another active company keeps the Trade group.
    const keepsTrade = input.member
      ? new Set<string>()
      : await inOtherActiveCompany(container, customerIds, input.company_id)
    const pairs = customerIds.flatMap((customer_id) =>
      groupIds
        .filter((customer_group_id) => !(customer_group_id === tradeGroup?.id && keepsTrade.has(customer_id)))
        .map((customer_group_id) => ({ customer_id, customer_group_id }))
    )
    if (input.member) {
      compensation.added = pairs.filter((p) => !isMember.has(`${p.customer_id}:${p.customer_group_id}`))
      if (compensation.added.length) {
        await customers.addCustomerToGroup(compensation.added)
      }
    } else {
      compensation.removed = pairs.filter((p) => isMember.has(`${p.customer_id}:${p.customer_group_id}`))
      if (compensation.removed.length) {
        await customers.removeCustomerFromGroup(compensation.removed)
      }
    }
    return new StepResponse({ added: compensation.added.length, removed: compensation.removed.length }, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    if (compensation.added.length) {
      await customers.removeCustomerFromGroup(compensation.added)
    }
    if (compensation.removed.length) {
      await customers.addCustomerToGroup(compensation.removed)
    }
    if (compensation.createdGroupId) {
      await customers.deleteCustomerGroups([compensation.createdGroupId])
    }
  }
)

/** Of these customers, those who are employees of an active company other than `companyId`. */
async function inOtherActiveCompany(
  container: Parameters<typeof companyService>[0],
  customerIds: string[],
  companyId: string
): Promise<Set<string>> {
  const employees = await companyService(container).listEmployees(
    { customer_id: customerIds },
    { relations: ["company"] }
  )
  return new Set(
    employees.filter((e) => e.company?.id !== companyId && e.company?.status === "active").map((e) => e.customer_id)
  )
}
