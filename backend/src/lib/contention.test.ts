import { describe, expect, it } from "vitest"
import { insufficientInventoryMessage, insufficientStockOf, isRetryableContention } from "./contention"

describe("isRetryableContention", () => {
  it("recognises a lock not acquired in time, from any locking provider, also as a cause", () => {
    expect(isRetryableContention(new Error("Timed-out acquiring lock."))).toBe(true)
    expect(isRetryableContention(new Error("step failed", { cause: new Error("Timed-out acquiring lock.") }))).toBe(
      true
    )
  })

  it("recognises PostgreSQL serialization failures, deadlocks and lock timeouts by SQLSTATE", () => {
    for (const code of ["40001", "40P01", "55P03"]) {
      expect(isRetryableContention(Object.assign(new Error("db"), { code }))).toBe(true)
    }
  })

  it("leaves every other error to the next handler", () => {
    expect(isRetryableContention(new Error("Timed-out acquiring lock"))).toBe(false)
    expect(isRetryableContention(Object.assign(new Error("unique"), { code: "23505" }))).toBe(false)
    expect(isRetryableContention(undefined)).toBe(false)
    expect(isRetryableContention("Timed-out acquiring lock.")).toBe(false)
  })
})

describe("insufficientStockOf", () => {
  it("reads the inventory item and location from Medusa's reservation error", () => {
    const error = new Error("Not enough stock available for item iitem_01ABC at location sloc_01XYZ")
    expect(insufficientStockOf(error)).toEqual({ inventoryItemId: "iitem_01ABC", locationId: "sloc_01XYZ" })
    expect(insufficientStockOf(new Error("Some variant does not have the required inventory"))).toBeUndefined()
  })
})

describe("insufficientInventoryMessage", () => {
  const line = {
    line_item_id: "cali_1",
    variant_id: "variant_1",
    title: "Filter paper · 100",
    sku: "FP-100",
    quantity: 2,
  }

  it("says sold out when nothing is left, and names each line with what it asks for", () => {
    expect(insufficientInventoryMessage([{ ...line, available: 0 }])).toBe(
      "Sold out: Filter paper · 100 (FP-100): 2 wanted, none left. Change the quantity or remove the line, then place the order again."
    )
  })

  it("says how many are left when some are", () => {
    expect(
      insufficientInventoryMessage([
        { ...line, available: 1 },
        { ...line, sku: null, title: "Mug", available: 0 },
      ])
    ).toBe(
      "Not enough stock: Filter paper · 100 (FP-100): 2 wanted, only 1 left; Mug: 2 wanted, none left. Change the quantity or remove the line, then place the order again."
    )
  })
})
