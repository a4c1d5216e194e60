import { describe, expect, it } from "vitest"
import { groupPricesApply, withoutCustomerGroups } from "./group-pricing"

/** A container whose query finds the sales channel "Trade" with the given id (or none); cast `as never` at
 * the call: it fakes only `query.graph`, not the whole MedusaContainer. */
const containerWith = (tradeId: string | null, name = "Trade") => ({
  resolve: () => ({
    graph: async ({ filters }: { filters: { name: string } }) => ({
      data: tradeId && filters.name === name ? [{ id: tradeId }] : [],
    }),
  }),
})

describe("group pricing (one identity)", () => {
  it("counts customer groups only in the trade channel", async () => {
    const container = containerWith("sc_trade") as never
    expect(await groupPricesApply(container, ["sc_trade"])).toBe(true)
    expect(await groupPricesApply(container, ["sc_consumer"])).toBe(false)
    expect(await groupPricesApply(container, ["sc_consumer", "sc_trade"])).toBe(true)
    // A key without channels (Medusa: every channel) and a cart without one are not the trade channel.
    expect(await groupPricesApply(container, [])).toBe(false)
    expect(await groupPricesApply(container, [null, undefined])).toBe(false)
  })

  it("never applies group prices when there is no trade channel", async () => {
    expect(await groupPricesApply(containerWith(null, "Wholesale") as never, ["sc_x"], "Wholesale")).toBe(false)
  })

  it("drops only the customer's groups from a pricing context", () => {
    const context = {
      currency_code: "eur",
      region_id: "reg_1",
      customer: { id: "cus_1", groups: [{ id: "cg_trade" }] },
    }
    expect(withoutCustomerGroups(context)).toEqual({
      currency_code: "eur",
      region_id: "reg_1",
      customer: { id: "cus_1", groups: [] },
    })
    expect(context.customer.groups).toEqual([{ id: "cg_trade" }])
    const guest: { currency_code: string; customer?: unknown } = { currency_code: "eur" }
    expect(withoutCustomerGroups(guest)).toEqual({ currency_code: "eur" })
  })
})
