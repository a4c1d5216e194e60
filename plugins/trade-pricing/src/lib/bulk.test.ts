import { describe, expect, it } from "vitest"
import { checkBulkLines, checkStock, mergeLines } from "./bulk"

const cases = { id: "v_cases", sku: "CASES", visible: true }
const loose = { id: "v_loose", sku: "LOOSE", visible: true }
const foreign = { id: "v_foreign", sku: "FOREIGN", visible: false }
const lookup = {
  bySku: new Map([
    ["CASES", cases],
    ["LOOSE", loose],
    ["FOREIGN", foreign],
  ]),
  byId: new Map([
    ["v_cases", cases],
    ["v_loose", loose],
  ]),
}
const rules = new Map([["v_cases", { min_quantity: 12, increment: 6, max_quantity: 120 }]])

describe("bulk add checks", () => {
  it("reports unknown, foreign-channel and bad quantities per line", () => {
    const { errors, lines } = checkBulkLines(
      [
        { sku: "NOPE", quantity: 1 },
        { sku: "FOREIGN", quantity: 1 },
        { sku: "loose", quantity: 0 },
        { variant_id: "v_loose", quantity: 2 },
        { quantity: 1 },
      ],
      lookup,
      new Map(),
      rules
    )
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [1, "sku"],
      [2, "sku"],
      [3, "quantity"],
      [5, "sku"],
    ])
    expect(lines.map((l) => l.line)).toEqual([4])
  })

  it("checks rules on what the cart holds plus every row of the same SKU", () => {
    const held = new Map([["v_cases", 12]])
    const { errors } = checkBulkLines(
      [
        { sku: "CASES", quantity: 6 },
        { sku: "CASES", quantity: 1 },
      ],
      lookup,
      held,
      rules
    )
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatchObject({ line: 1, field: "quantity", allowed: rules.get("v_cases") })
    expect(errors[0].message).toContain("the cart would hold 19")
    // Consumer carts: no rules.
    expect(checkBulkLines([{ sku: "CASES", quantity: 1 }], lookup, held, null).errors).toEqual([])
  })

  it("merges duplicate rows into one add per variant", () => {
    const { lines } = checkBulkLines(
      [
        { sku: "CASES", quantity: 12 },
        { sku: "LOOSE", quantity: 1 },
        { sku: "CASES", quantity: 6 },
      ],
      lookup,
      new Map(),
      rules
    )
    expect(mergeLines(lines)).toEqual([
      { variant_id: "v_cases", quantity: 18 },
      { variant_id: "v_loose", quantity: 1 },
    ])
  })
})

describe("checkStock", () => {
  const variant = (id: string, sku: string) => ({ id, sku, visible: true })
  const lines = [
    { line: 1, variant: variant("v1", "MUG"), quantity: 2 },
    { line: 2, variant: variant("v2", "CUP"), quantity: 1 },
    { line: 3, variant: variant("v1", "MUG"), quantity: 3 },
  ]

  it("checks what the cart holds plus every row of a variant against what is left, on the variant's last row", () => {
    const errors = checkStock(
      lines,
      new Map([["v1", 1]]),
      new Map([
        ["v1", 4],
        ["v2", 9],
      ])
    )
    expect(errors).toEqual([
      {
        line: 3,
        sku: "MUG",
        field: "quantity",
        message: "quantity: only 4 in stock (your cart holds 1); asked for 5",
        available: 3,
      },
    ])
  })

  it("says out of stock when nothing is left, and leaves variants whose stock does not count alone", () => {
    expect(checkStock(lines, new Map(), new Map([["v2", 0]]))).toEqual([
      { line: 2, sku: "CUP", field: "quantity", message: "quantity: out of stock; asked for 1", available: 0 },
    ])
    expect(checkStock(lines, new Map(), new Map())).toEqual([])
    expect(
      checkStock(
        lines,
        new Map(),
        new Map([
          ["v1", 5],
          ["v2", 1],
        ])
      )
    ).toEqual([])
  })
})
