import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerGroupsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { TRADE_CUSTOMER_GROUP } from "../channels"

// Finders the provisioning steps share: records by natural key, created when a step needs them.

export function query(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

export async function salesChannelsByName(container: MedusaContainer) {
  const { data } = await query(container).graph({ entity: "sales_channel", fields: ["id", "name"] })
  return new Map(data.map((sc) => [sc.name, sc.id]))
}

export async function defaultShippingProfileId(container: MedusaContainer): Promise<string> {
  const { data } = await query(container).graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
    filters: { type: "default" },
  })
  if (data.length) {
    return data[0].id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default shipping profile", type: "default" }] },
  })
  return result[0].id
}

export async function categoriesByHandle(container: MedusaContainer) {
  const { data } = await query(container).graph({ entity: "product_category", fields: ["id", "handle"] })
  return new Map(data.map((c) => [c.handle, c.id]))
}

export async function tradeGroupId(container: MedusaContainer): Promise<string> {
  const { data } = await query(container).graph({
    entity: "customer_group",
    fields: ["id"],
    filters: { name: TRADE_CUSTOMER_GROUP },
  })
  if (data.length) {
    return data[0].id
  }
  const { result } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name: TRADE_CUSTOMER_GROUP, metadata: { portal: "trade" } }] },
  })
  return result[0].id
}
