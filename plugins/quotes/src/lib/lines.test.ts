import { describe, expect, it } from "vitest"
import { cartMatchesQuote, planCounterOffer } from "./lines"

const existing = [
  { id: "l1", variant_id: "v1", quantity: 10, unit_price: 20 },
  { id: "l2", variant_id: "v2", quantity: 5, unit_price: 8 },
]

describe("planCounterOffer", () => {
  it("updates listed lines, removes unlisted ones and adds new variants", () => {
    const plan = planCounterOffer(existing, [
      { id: "l1", quantity: 12, unit_price: 18 },
      { variant_id: "v3", quantity: 1, unit_price: 0 },
    ])
    expect(plan.updates).toEqual([
      { id: "l1", quantity: 12, unit_price: 18, removed: false },
      { id: "l2", removed: true },
    ])
    expect(plan.additions).toEqual([{ variant_id: "v3", quantity: 1, unit_price: 0 }])
  })
  it("names the offending entry", () => {
    expect(() => planCounterOffer(existing, [{ id: "nope", quantity: 1, unit_price: 1 }])).toThrow(/lines\[0\]\.id/)
    expect(() =>
      planCounterOffer(existing, [
        { id: "l1", quantity: 1, unit_price: 1 },
        { id: "l1", quantity: 2, unit_price: 1 },
      ])
    ).toThrow(/lines\[1\]\.id: .*twice/)
    expect(() => planCounterOffer(existing, [{ variant_id: "v2", quantity: 1, unit_price: 1 }])).toThrow(
      /lines\[0\]\.variant_id/
    )
  })
})

describe("cartMatchesQuote", () => {
  const quoteLines = [
    { variant_id: "v1", quantity: 12, unit_price: 18, removed: false },
    { variant_id: "v2", quantity: 5, unit_price: 8, removed: true },
  ]
  it("accepts exactly the offered lines in any representation", () => {
    expect(cartMatchesQuote([{ variant_id: "v1", quantity: 12, unit_price: "18.00" }], quoteLines)).toBe(true)
  })
  it("refuses other prices, quantities, extra or missing lines", () => {
    expect(cartMatchesQuote([{ variant_id: "v1", quantity: 12, unit_price: 17.99 }], quoteLines)).toBe(false)
    expect(cartMatchesQuote([{ variant_id: "v1", quantity: 13, unit_price: 18 }], quoteLines)).toBe(false)
    expect(
      cartMatchesQuote(
        [
          { variant_id: "v1", quantity: 12, unit_price: 18 },
          { variant_id: "v2", quantity: 5, unit_price: 8 },
        ],
        quoteLines
      )
    ).toBe(false)
    expect(cartMatchesQuote([], quoteLines)).toBe(false)
  })
})
