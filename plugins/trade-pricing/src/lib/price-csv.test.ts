import { describe, expect, it } from "vitest"
import { readPriceCsv, validatePriceRows, writePriceCsv } from "./price-csv"

const ctx = { knownSkus: new Set(["A-1", "B-2"]), currencies: new Set(["eur", "usd"]) }

function check(csv: string) {
  const read = readPriceCsv(csv)
  const { valid, errors } = validatePriceRows(read.rows, ctx)
  return { valid, errors: [...read.errors, ...errors] }
}

describe("price list CSV", () => {
  it("reads valid rows with CSV line numbers; an empty min_quantity is 1", () => {
    const { valid, errors } = check("sku,currency,amount,min_quantity\nA-1,EUR,12.5,\nB-2,usd,3,10\n")
    expect(errors).toEqual([])
    expect(valid).toEqual([
      { line: 2, sku: "A-1", currency_code: "eur", amount: 12.5, min_quantity: 1 },
      { line: 3, sku: "B-2", currency_code: "usd", amount: 3, min_quantity: 10 },
    ])
  })

  it("reports every problem line by line", () => {
    const { valid, errors } = check(
      [
        "sku,currency,amount,min_quantity",
        "NOPE,eur,1,1",
        "A-1,xyz,1,1",
        "A-1,eur,-4,1",
        "A-1,eur,abc,1",
        "A-1,eur,2,0",
        "A-1,eur,2,1",
        "A-1,EUR,3,1",
      ].join("\n")
    )
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, "sku"],
      [3, "currency"],
      [4, "amount"],
      [5, "amount"],
      [6, "min_quantity"],
      [8, "sku"],
    ])
    expect(errors[0].message).toContain("unknown SKU NOPE")
    expect(errors[2].message).toContain("negative")
    expect(errors[5].message).toContain("duplicate row")
    expect(errors[5].message).toContain("line 7")
    expect(valid).toHaveLength(1)
  })

  it("refuses a file without the header", () => {
    const { errors } = check("A-1,eur,1,1\n")
    expect(errors).toEqual([expect.objectContaining({ line: 1, field: "csv" })])
  })

  it("exports sorted rows under the header, and what it writes reads back", () => {
    const csv = writePriceCsv([
      { sku: "B-2", currency_code: "usd", amount: 3, min_quantity: 10 },
      { sku: "A-1", currency_code: "eur", amount: 12.5, min_quantity: null },
    ])
    expect(csv).toBe("sku,currency,amount,min_quantity\nA-1,eur,12.5,1\nB-2,usd,3,10\n")
    expect(check(csv).valid).toHaveLength(2)
  })
})
