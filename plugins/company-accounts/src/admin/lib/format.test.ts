import { describe, expect, it } from "vitest"
import { creditUsagePercent, customerName, formatMoney, parseAmountInput, toNumber } from "./format"

describe("toNumber", () => {
  it("reads bigNumbers however the API serialises them", () => {
    expect(toNumber(1500)).toBe(1500)
    expect(toNumber("1500.50")).toBe(1500.5)
    expect(toNumber({ value: "20" })).toBe(20)
  })

  it("keeps 'no value' apart from zero", () => {
    expect(toNumber(null)).toBeNull()
    expect(toNumber(undefined)).toBeNull()
    expect(toNumber("")).toBeNull()
    expect(toNumber("abc")).toBeNull()
    expect(toNumber(0)).toBe(0)
  })
})

describe("formatMoney", () => {
  it("formats major units in the company's currency", () => {
    expect(formatMoney(1500, "eur", "en-US")).toBe("€1,500.00")
    expect(formatMoney("12.5", "usd", "en-US")).toBe("$12.50")
  })

  it("shows a dash for a missing amount rather than a zero", () => {
    expect(formatMoney(null, "eur", "en-US")).toBe("—")
  })
})

describe("parseAmountInput", () => {
  it("accepts amounts with a dot or a comma", () => {
    expect(parseAmountInput("2500", "Credit limit")).toEqual({ ok: true, value: 2500 })
    expect(parseAmountInput(" 99,95 ", "Credit limit")).toEqual({ ok: true, value: 99.95 })
    expect(parseAmountInput("0", "Credit limit")).toEqual({ ok: true, value: 0 })
  })

  it("rejects empty, negative and malformed input, naming the field", () => {
    for (const input of ["", "  ", "-10", "1e3", "12.345", "abc"]) {
      const result = parseAmountInput(input, "Credit limit")
      expect(result.ok, input).toBe(false)
      expect(!result.ok && result.error).toMatch(/^Credit limit /)
    }
  })
})

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
