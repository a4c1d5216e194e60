import { describe, expect, it } from "vitest"
import { tradeFigures } from "./trade-figures"

const scopeWith = (services: Record<string, unknown>) => ({
  hasRegistration: (key: string) => key in services,
  resolve: (key: string) => services[key],
})
const query = { currency_code: "eur", from: new Date("2026-03-01"), to: new Date("2026-04-01") }

describe("tradeFigures", () => {
  it("reports quotes and approvals as not available while no module provides them", async () => {
    const figures = await tradeFigures(scopeWith({ quote: { listQuotes() {} } }), ["quote", "approval"], query)
    expect(figures).toEqual({
      quotes: { available: false, reason: "No quotes module is installed" },
      approvals: { available: false, reason: "No approvals module is installed" },
    })
  })

  it("shows what a source returns, asked with the currency and period", async () => {
    let asked: unknown
    const quote = {
      insightsFigures: async (q: unknown) => {
        asked = q
        return { quotes: { open_count: 2, open_value: 900, win_rate: 50, median_hours_to_accept: 30 } }
      },
    }
    const figures = await tradeFigures(scopeWith({ quote }), ["quote", "approval"], query)
    expect(asked).toEqual(query)
    expect(figures.quotes).toEqual({
      available: true,
      open_count: 2,
      open_value: 900,
      win_rate: 50,
      median_hours_to_accept: 30,
    })
    expect(figures.approvals.available).toBe(false)
  })

  it("turns a failing source into not available with the reason, never an error", async () => {
    const approval = {
      insightsFigures: async () => {
        throw new Error("db down")
      },
    }
    const figures = await tradeFigures(scopeWith({ approval }), ["approval"], query)
    expect(figures.approvals).toEqual({ available: false, reason: 'The "approval" module could not report: db down' })
  })
})
