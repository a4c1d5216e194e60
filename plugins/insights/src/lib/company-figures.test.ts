import { describe, expect, it } from "vitest"
import { companyReader } from "./company-figures"

const source = {
  insightsCredit: async () => ({ companies: 0, limit: 0, used: 0, available_credit: 0, over_limit: 0 }),
  insightsCompany: async () => null,
  insightsMemberships: async () => [],
}

type Scope = Parameters<typeof companyReader>[0]

/** A container holding just these services (resolve is generic in Medusa's type; here it looks up by key). */
const scopeWith = (services: Record<string, unknown>): Scope => ({
  hasRegistration: (key: string) => key in services,
  resolve: ((key: string) => services[key]) as Scope["resolve"],
})

describe("companyReader", () => {
  it("is null while no service describes companies (figures show as not available)", () => {
    expect(companyReader(scopeWith({ query: {} }), "company")).toBeNull()
    expect(companyReader(scopeWith({ company: { listCompanies() {} }, query: {} }), "company")).toBeNull()
  })

  it("maps orders to their company through the company-order link, leaving orders of no company out", async () => {
    const asked: unknown[] = []
    const query = {
      graph: async (config: { entity: string; filters: { id: string | string[] } }) => {
        asked.push(config)
        if (config.entity === "order") {
          return {
            data: [
              { id: "order_1", company: { id: "comp_1", name: "Acme" } },
              { id: "order_2", company: null },
            ],
          }
        }
        return { data: [{ id: "comp_1", orders: [{ id: "order_1" }, null] }] }
      },
    }
    const reader = companyReader(scopeWith({ company: source, query }), "company")!
    const owners = await reader.companiesOfOrders(["order_1", "order_2", "order_1"])
    expect([...owners]).toEqual([["order_1", { id: "comp_1", name: "Acme" }]])
    expect(asked[0]).toEqual({
      entity: "order",
      fields: ["id", "company.id", "company.name"],
      filters: { id: ["order_1", "order_2"] },
    })
    expect(await reader.orderIdsOfCompany("comp_1")).toEqual(["order_1"])
  })
})
