import { describe, expect, it } from "vitest"
import { createdAtFilter, customersLink, ordersLink } from "./links"

describe("admin links", () => {
  it("filters the order list by channel and the whole last day of the period", () => {
    const link = ordersLink({ from: "2026-03-01", to: "2026-03-31" }, "sc_trade")
    const params = new URL(link, "http://admin").searchParams
    expect(link.startsWith("/orders?")).toBe(true)
    expect(params.get("sales_channel_id")).toBe("sc_trade")
    expect(JSON.parse(params.get("created_at")!)).toEqual({
      $gte: "2026-03-01T00:00:00.000Z",
      $lt: "2026-04-01T00:00:00.000Z",
    })
  })

  it("leaves the channel out for totals and builds customer filters", () => {
    expect(
      new URL(ordersLink({ from: "2026-01-01", to: "2026-01-01" }), "http://admin").searchParams.has("sales_channel_id")
    ).toBe(false)
    expect(customersLink({ hasAccount: false })).toBe("/customers?has_account=false")
    expect(customersLink()).toBe("/customers")
    expect(createdAtFilter({ from: "2026-12-31", to: "2026-12-31" })).toContain('"$lt":"2027-01-01T00:00:00.000Z"')
  })
})
