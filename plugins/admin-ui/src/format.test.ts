import { describe, expect, it } from "vitest"
import { errorMessage, formatDate, formatDateTime, formatMoney, parseAmountInput, toNumber } from "./format"

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
  it("formats major units in the currency", () => {
    expect(formatMoney(1500, "eur", "en-US")).toBe("€1,500.00")
    expect(formatMoney("12.5", "usd", "en-US")).toBe("$12.50")
  })

  it("shows a dash for a missing amount rather than a zero", () => {
    expect(formatMoney(null, "eur", "en-US")).toBe("—")
  })

  it("still shows an amount whose currency code the runtime does not know", () => {
    expect(formatMoney(5, "not-a-currency")).toBe("5.00 NOT-A-CURRENCY")
  })
})

describe("formatDate", () => {
  it("reads a day in UTC, so a late-evening timestamp is not shown as the next or previous day", () => {
    expect(formatDate("2026-12-06T23:30:00.000Z")).toBe("6 Dec 2026")
    expect(formatDate("2026-12-06")).toBe("6 Dec 2026")
  })

  it("shows a dash for a missing or unreadable date", () => {
    expect(formatDate(null)).toBe("—")
    expect(formatDate("not a date")).toBe("—")
    expect(formatDateTime(undefined)).toBe("—")
  })
})

describe("errorMessage", () => {
  it("uses the API's message, with a sentence for anything else", () => {
    expect(errorMessage(new Error("Company not found"))).toBe("Company not found")
    expect(errorMessage({ message: "Quote expired" })).toBe("Quote expired")
    expect(errorMessage(undefined)).toBe("Something went wrong. Please try again.")
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

  it("allows more decimals where the caller asks for them (unit prices)", () => {
    expect(parseAmountInput("12.3456", "Unit price", 4)).toEqual({ ok: true, value: 12.3456 })
    expect(parseAmountInput("12.34567", "Unit price", 4).ok).toBe(false)
  })
})
