import { describe, expect, it } from "vitest"
import type { QuantityRuleShape } from "@hybrid/trade-pricing/quantity-rules"
import { offerQuantityProblems, offeredQuantities } from "./offer-quantities"

const existing = [
  { id: "l1", variant_id: "v1", sku: "CHEMEX-FILTERS", title: "Chemex Bonded Filters (100)" },
  { id: "l2", variant_id: "v2", sku: "COLOMBIA-HUILA-1KG", title: "Colombia Huila" },
]
const cases = { min_quantity: 12, increment: 6, max_quantity: 60 }
const rules = new Map<string, QuantityRuleShape>([
  ["v1", cases],
  ["v3", { min_quantity: 6, increment: 6, max_quantity: 60 }],
  ["v4", { min_quantity: 2, increment: 1, max_quantity: null }],
])

describe("offeredQuantities", () => {
  it("names listed and added lines in offer order and leaves removed lines out", () => {
    const offered = offeredQuantities(
      existing,
      [
        { variant_id: "v3", quantity: 7, unit_price: 1 },
        { id: "l1", quantity: 20, unit_price: 2 },
        { id: "nope", quantity: 1, unit_price: 1 },
      ],
      [{ variant_id: "v3", sku: null, title: "Cleaning Tablets" }]
    )
    expect(offered).toEqual([
      { index: 0, variant_id: "v3", sku: null, title: "Cleaning Tablets", quantity: 7 },
      { index: 1, variant_id: "v1", sku: "CHEMEX-FILTERS", title: "Chemex Bonded Filters (100)", quantity: 20 },
    ])
  })
})

describe("offerQuantityProblems", () => {
  const line = (variant_id: string, quantity: number, index = 0, sku: string | null = "SKU-" + variant_id) => ({
    index,
    variant_id,
    sku,
    title: `Title ${variant_id}`,
    quantity,
  })

  it("accepts allowed quantities and variants without a rule", () => {
    expect(
      offerQuantityProblems([line("v1", 12), line("v1", 18), line("v1", 60), line("v2", 7), line("v4", 3)], rules)
    ).toEqual([])
  })

  it("words a violation like trade-pricing, with the offer entry as the field and the nearest allowed quantities", () => {
    expect(offerQuantityProblems([line("v2", 3, 0), line("v1", 20, 1, "CHEMEX-FILTERS")], rules)).toEqual([
      "lines[1].quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest allowed: 18, 24)",
    ])
    expect(offerQuantityProblems([line("v1", 6, 0, "CHEMEX-FILTERS")], rules)).toEqual([
      "lines[0].quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest allowed: 12, 18)",
    ])
    expect(offerQuantityProblems([line("v1", 100, 2, "CHEMEX-FILTERS")], rules)).toEqual([
      "lines[2].quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest allowed: 54, 60)",
    ])
    expect(offerQuantityProblems([line("v4", 1)], rules)).toEqual([
      "lines[0].quantity: SKU SKU-v4 is sold from 2 (nearest allowed: 2, 3)",
    ])
  })

  it("names a line without SKU by its title and reports every violating line", () => {
    expect(offerQuantityProblems([line("v3", 7, 0, null), line("v1", 13, 1)], rules)).toEqual([
      'lines[0].quantity: "Title v3" is sold in multiples of 6 from 6 up to 60 (nearest allowed: 6, 12)',
      "lines[1].quantity: SKU SKU-v1 is sold in multiples of 6 from 12 up to 60 (nearest allowed: 12, 18)",
    ])
  })
})
