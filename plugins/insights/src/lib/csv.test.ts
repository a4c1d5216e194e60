import { describe, expect, it } from "vitest"
import { csvCell, overviewCsv, toCsv, type OverviewForCsv } from "./csv"

describe("csv", () => {
  it("quotes commas, quotes and line breaks, and writes numbers as numbers", () => {
    expect(toCsv([["a,b", 'say "hi"', "two\nlines", 12.5, null]])).toBe('"a,b","say ""hi""","two\nlines",12.5,\r\n')
  })

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvCell("+1")).toBe("'+1")
    expect(csvCell("@sum")).toBe("'@sum")
    expect(csvCell(-12)).toBe("-12")
  })

  it("writes every shown figure once per channel, with period and currency in the header", () => {
    const f = (value: number, previous = 0, percent: number | null = null) => ({ value, previous, change: { percent } })
    const s = <T>(consumer: T, trade: T, total: T) => ({ consumer, trade, total })
    const overview: OverviewForCsv = {
      currency_code: "eur",
      period: {
        from: "2026-01-01",
        to: "2026-01-31",
        bucket: "week",
        previous: { from: "2025-12-01", to: "2025-12-31" },
      },
      kpis: { revenue: s(f(100, 50, 100), f(200), f(300, 50, 500)) },
      series: [
        {
          bucket: "2025-12-29",
          consumer: { revenue: 100, orders: 1 },
          trade: { revenue: 200, orders: 2 },
          total: { revenue: 300, orders: 3 },
        },
      ],
      canceled: s({ orders: 1, value: 9 }, { orders: 0, value: 0 }, { orders: 1, value: 9 }),
      refunds: s({ orders: 0, amount: 0 }, { orders: 0, amount: 0 }, { orders: 0, amount: 0 }),
      guest_share: s(
        { guest_orders: 1, registered_orders: 0, guest_percent: 100 },
        { guest_orders: 0, registered_orders: 2, guest_percent: 0 },
        { guest_orders: 1, registered_orders: 2, guest_percent: 33.3 }
      ),
      conversion: s(
        { carts: 2, completed_carts: 1, orders: 1, rate_percent: 50 },
        { carts: 2, completed_carts: 2, orders: 2, rate_percent: 100 },
        { carts: 4, completed_carts: 3, orders: 3, rate_percent: 75 }
      ),
      top_products: { consumer: [{ title: "Beans, 1 kg", units: 2, revenue: 40 }], trade: [] },
      top_companies: { available: true, companies: [{ name: "Corner Café", orders: 2, revenue: 200 }] },
      trade: {
        quotes: { available: false, reason: "No quotes module is installed" },
        approvals: { available: false, reason: "No approvals module is installed" },
        credit: { available: true, companies: 1, limit: 5000, used: 200, available_credit: 4800, over_limit: 0 },
      },
    }
    const lines = overviewCsv(overview).split("\r\n")
    expect(lines[0]).toBe("Period,2026-01-01 to 2026-01-31,Previous period,2025-12-01 to 2025-12-31,Currency,EUR")
    expect(lines).toContain("kpi,Revenue,consumer,100,50,100")
    expect(lines).toContain("kpi,Revenue,total,300,50,500")
    expect(lines).toContain("conversion,Conversion %,trade,100,,")
    expect(lines).toContain('top_products,"#1 Beans, 1 kg",consumer,40,,')
    expect(lines).toContain("top_companies,#1 Corner Café,trade,200,,")
    expect(lines).toContain("trade,quotes,trade,not available,,")
    expect(lines).toContain("trade,credit used,trade,200,,")
    expect(lines).toContain("2025-12-29,100,1,200,2,300,3")
  })
})
