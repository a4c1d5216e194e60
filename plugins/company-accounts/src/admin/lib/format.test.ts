import { describe, expect, it } from "vitest"
import { creditUsagePercent, customerName, spendingLimitLabel } from "./format"

describe("creditUsagePercent", () => {
  it("is the used share of the limit, capped at 100", () => {
    expect(creditUsagePercent(250, 1000)).toBe(25)
    expect(creditUsagePercent(1500, 1000)).toBe(100)
    expect(creditUsagePercent(0, 1000)).toBe(0)
  })

  it("treats any use of a zero limit as fully used", () => {
    expect(creditUsagePercent(0, 0)).toBe(0)
    expect(creditUsagePercent(10, 0)).toBe(100)
  })
})

describe("customerName", () => {
  it("falls back to the email when the customer has no name", () => {
    expect(customerName({ first_name: "Ada", last_name: "Lovelace", email: "ada@example.com" })).toBe("Ada Lovelace")
    expect(customerName({ first_name: null, last_name: null, email: "ada@example.com" })).toBe("ada@example.com")
  })
})

describe("spendingLimitLabel", () => {
  it("says when an employee has no limit, rather than showing a zero or a dash", () => {
    expect(spendingLimitLabel(null, "eur")).toBe("No limit")
    expect(spendingLimitLabel(500, "eur")).toBe("€500.00")
  })
})
