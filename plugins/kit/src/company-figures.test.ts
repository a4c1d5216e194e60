import { describe, expect, it } from "vitest"
import { companyFigureSource } from "./company-figures"

const container = (services: Record<string, unknown>) => ({
  hasRegistration: (key: string) => key in services,
  resolve: ((key: string) => services[key]) as never,
})

const source = {
  insightsCredit: async () => ({ companies: 0, limit: 0, used: 0, available_credit: 0, over_limit: 0 }),
  insightsCompany: async () => null,
  insightsMemberships: async () => [],
}

describe("companyFigureSource", () => {
  it("answers the service registered under the key when it implements the read model", () => {
    expect(companyFigureSource(container({ company: source }), "company")).toBe(source)
  })

  it("answers null when nothing is registered under the key or the service lacks a method", () => {
    expect(companyFigureSource(container({}), "company")).toBeNull()
    const { insightsMemberships: _, ...partial } = source
    expect(companyFigureSource(container({ company: partial }), "company")).toBeNull()
  })
})
