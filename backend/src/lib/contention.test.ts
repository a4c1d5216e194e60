import { describe, expect, it } from "vitest"
import {
  insufficientInventoryMessage,
  insufficientStockOf,
  isDatabaseUnavailable,
  isRetryableContention,
} from "./contention"

describe("isDatabaseUnavailable", () => {
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { code })

  it.each([
    [
      "the server refusing connections",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    ["a restart ending the session", pgError("57P01", "terminating connection due to administrator command")],
    ["a server starting up", pgError("57P03", "the database system is starting up")],
    ["too many connections", pgError("53300", "sorry, too many clients already")],
    ["a connection failure (class 08)", pgError("08006", "connection failure")],
    ["a connection lost mid-query", new Error("Connection terminated unexpectedly")],
    [
      "the same, as MikroORM words it",
      new Error('select "a0"."token" from "api_key" as "a0" - Connection terminated unexpectedly'),
    ],
    ["a pool that cannot connect", new Error("Knex: Timeout acquiring a connection. The pool is probably full.")],
    ["MikroORM's wrapper", Object.assign(new Error("connect failed"), { name: "ConnectionException" })],
    ["a workflow error caused by one", new Error("step failed", { cause: new Error("Connection terminated") })],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it("leaves every other error, contention included, to the next handler", () => {
    expect(isDatabaseUnavailable(pgError("40001", "could not serialize access"))).toBe(false)
    expect(isDatabaseUnavailable(pgError("23505", "duplicate key value violates unique constraint"))).toBe(false)
    expect(isDatabaseUnavailable(new Error("Timed-out acquiring lock."))).toBe(false)
    expect(isDatabaseUnavailable(new Error("Cart is already completed"))).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
  })
})

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
