import { describe, expect, it } from "vitest"
import { buildTiers, grossOf, nextTier, savingOf, sourceOf } from "./explain"

const titles = new Map([
  ["pl_trade", "Trade prices"],
  ["pl_acme", "Acme contract"],
])

describe("price explanation", () => {
  it("keeps only the breaks that change the caller's own price and marks the current tier", () => {
    const tiers = buildTiers(
      [
        { quantity: 1, amount: 28.1, price_list_id: "pl_trade", min_quantity: 1 },
        { quantity: 5, amount: 28.1, price_list_id: "pl_trade", min_quantity: 1 }, // someone else's break
        { quantity: 10, amount: 26.2, price_list_id: "pl_trade", min_quantity: 10 },
        { quantity: 50, amount: 22, price_list_id: "pl_acme", min_quantity: 1 },
      ],
      12,
      titles
    )
    expect(tiers).toEqual([
      { min_quantity: 1, max_quantity: 9, unit_price: 28.1, source_title: "Trade prices", current: false },
      { min_quantity: 10, max_quantity: 49, unit_price: 26.2, source_title: "Trade prices", current: true },
      { min_quantity: 50, max_quantity: null, unit_price: 22, source_title: "Acme contract", current: false },
    ])
    expect(nextTier(tiers, 12, 26.2)).toEqual({ min_quantity: 50, unit_price: 22 })
    expect(nextTier(tiers, 60, 22)).toBeNull()
  })

  it("names the list and tier that produced the price, or the base price", () => {
    expect(sourceOf({ quantity: 10, amount: 1, price_list_id: "pl_trade", min_quantity: 10 }, titles)).toEqual({
      type: "price_list",
      price_list_id: "pl_trade",
      title: "Trade prices",
      min_quantity: 10,
    })
    expect(sourceOf({ quantity: 1, amount: 1, price_list_id: null, min_quantity: 1 }, titles)).toEqual({ type: "base" })
  })

  it("computes saving against the RRP and gross from net", () => {
    expect(savingOf(37.4, 28.1)).toEqual({ amount: 9.3, percent: 24.9 })
    expect(savingOf(10, 10)).toBeNull()
    expect(savingOf(null, 5)).toBeNull()
    expect(grossOf(37.4, 20)).toBe(44.88)
  })
})
