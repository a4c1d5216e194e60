import { describe, expect, it } from "vitest"
import { foreignGroupIds, groupPricesApply, withoutCustomerGroups, withoutGroupIds } from "./group-pricing"

/** A container whose query knows these sales channels (id → name); cast `as never` at the call: it
 * fakes only `query.graph`, not the whole MedusaContainer. Counts the lookups. */
const containerWith = (channels: Record<string, string>) => {
  const lookups: string[][] = []
  const container = {
    resolve: () => ({
      graph: async ({ filters }: { filters: { id: string[] } }) => {
        lookups.push(filters.id)
        return { data: filters.id.filter((id) => channels[id]).map((id) => ({ id, name: channels[id] })) }
      },
    }),
  }
  return { container: container as never, lookups }
}

describe("group pricing (one identity)", () => {
  it("counts customer groups only in the trade channel", async () => {
    const { container } = containerWith({ sc_trade: "Trade", sc_consumer: "Consumer" })
    expect(await groupPricesApply(container, ["sc_trade"])).toBe(true)
    expect(await groupPricesApply(container, ["sc_consumer"])).toBe(false)
    expect(await groupPricesApply(container, ["sc_consumer", "sc_trade"])).toBe(true)
    // A key without channels (Medusa: every channel) and a cart without one are not the trade channel.
    expect(await groupPricesApply(container, [])).toBe(false)
    expect(await groupPricesApply(container, [null, undefined])).toBe(false)
  })

  it("never applies group prices when there is no trade channel", async () => {
    const { container } = containerWith({ sc_x: "Consumer" })
    expect(await groupPricesApply(container, ["sc_x"], "Wholesale")).toBe(false)
  })

  it("keeps each channel's answer per channel id: another database's trade channel is not mistaken for a cached one", async () => {
    const first = containerWith({ sc_a_trade: "Trade", sc_a_consumer: "Consumer" })
    expect(await groupPricesApply(first.container, ["sc_a_trade"])).toBe(true)
    expect(await groupPricesApply(first.container, ["sc_a_trade", "sc_a_consumer"])).toBe(true)
    // Cached: only the channel not seen before is read.
    expect(first.lookups).toEqual([["sc_a_trade"], ["sc_a_consumer"]])
    const second = containerWith({ sc_b_trade: "Trade" })
    expect(await groupPricesApply(second.container, ["sc_b_trade"])).toBe(true)
    expect(await groupPricesApply(second.container, ["sc_a_consumer"])).toBe(false)
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

describe("one company at a time (a person in several companies)", () => {
  const groups = [
    { id: "cg_trade", metadata: null },
    { id: "cg_alpha", metadata: { company_id: "comp_alpha" } },
    { id: "cg_bravo", metadata: { company_id: "comp_bravo" } },
    { id: "cg_vip", metadata: { note: "merchant's own group" } },
  ]

  it("drops the groups of every company but the one acted for, and keeps groups of no company", () => {
    expect(foreignGroupIds(groups, "comp_alpha")).toEqual(["cg_bravo"])
    expect(foreignGroupIds(groups, "comp_bravo")).toEqual(["cg_alpha"])
    // Acting for no company (or a company they left): no company's contract applies.
    expect(foreignGroupIds(groups, null)).toEqual(["cg_alpha", "cg_bravo"])
    expect(foreignGroupIds(groups, "comp_gone")).toEqual(["cg_alpha", "cg_bravo"])
    expect(foreignGroupIds([{ id: "cg_x", metadata: { company_id: "" } }], null)).toEqual([])
  })

  it("removes exactly those groups from a pricing context", () => {
    const context = {
      region_id: "reg_1",
      customer: { id: "cus_1", groups: [{ id: "cg_trade" }, { id: "cg_bravo" }, null] },
    }
    expect(withoutGroupIds(context, ["cg_bravo"])).toEqual({
      region_id: "reg_1",
      customer: { id: "cus_1", groups: [{ id: "cg_trade" }] },
    })
    expect(withoutGroupIds(context, [])).toBe(context)
    const noCustomer: { region_id: string; customer?: unknown } = { region_id: "reg_1" }
    expect(withoutGroupIds(noCustomer, ["cg_bravo"])).toBe(noCustomer)
  })
})
