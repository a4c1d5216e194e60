import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CompanyFigureSource, companyFigureSource } from "@hybrid/plugin-kit/company-figures"

/**
 * What the dashboard and the 360 views know about companies when a company plugin is installed:
 * its read model (`CompanyFigureSource`) and, through the company ↔ order module link, which
 * orders were placed for which company. Built per request from the request's container; null
 * when no company plugin is installed (the figures then show as "not available").
 */
export type CompanyReader = {
  source: CompanyFigureSource
  /** The company each of these orders was placed for; orders placed for no company are absent. */
  companiesOfOrders(orderIds: string[]): Promise<Map<string, { id: string; name: string }>>
  /** Ids of the orders placed for the company. */
  orderIdsOfCompany(companyId: string): Promise<string[]>
}

type Scope = Pick<MedusaContainer, "resolve" | "hasRegistration">

type Query = {
  graph(config: { entity: string; fields: string[]; filters?: Record<string, unknown> }): Promise<{ data: any[] }>
}

// Order ids per query.graph call: few round trips for a long period's orders, while the IN lists
// of the order and link lookups stay well under PostgreSQL's 65,535 bind parameters.
const CHUNK = 10_000

/** The company reader of this container, or null when no service under `sourceKey` describes companies. */
export function companyReader(scope: Scope, sourceKey: string): CompanyReader | null {
  const source = companyFigureSource(scope, sourceKey)
  if (!source) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  return {
    source,
    async companiesOfOrders(orderIds) {
      const owners = new Map<string, { id: string; name: string }>()
      const ids = [...new Set(orderIds)]
      for (let i = 0; i < ids.length; i += CHUNK) {
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "company.id", "company.name"],
          filters: { id: ids.slice(i, i + CHUNK) },
        })
        for (const order of data) {
          const company = Array.isArray(order.company) ? order.company[0] : order.company
          if (company?.id) owners.set(String(order.id), { id: String(company.id), name: String(company.name) })
        }
      }
      return owners
    },
    async orderIdsOfCompany(companyId) {
      const { data } = await query.graph({ entity: "company", fields: ["id", "orders.id"], filters: { id: companyId } })
      return ((data[0]?.orders ?? []) as ({ id: string } | null)[]).filter(Boolean).map((order) => String(order!.id))
    },
  }
}
