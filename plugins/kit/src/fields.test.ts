import type { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import {
  amount,
  currencyCode,
  email,
  id,
  INT32_MAX,
  limitParam,
  MAX_AMOUNT,
  offsetParam,
  optionalId,
  optionalText,
  quantity,
  searchText,
  storeCurrencyCode,
  text,
  wholeNumber,
} from "./fields"

const issue = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.message
}

describe("shared field schemas", () => {
  it("quantities are whole numbers from 1 to the int32 maximum, named in every refusal", () => {
    expect(quantity("lines[].quantity").parse(12)).toBe(12)
    expect(quantity("lines[].quantity").parse(INT32_MAX)).toBe(INT32_MAX)
    for (const bad of [0, -1, 1.5, "3", INT32_MAX + 1]) {
      expect(issue(quantity("lines[].quantity"), bad)).toMatch(/^lines\[\]\.quantity: /)
    }
  })

  it("whole numbers keep their bounds, the int32 maximum by default", () => {
    expect(wholeNumber("increment", 1).parse(6)).toBe(6)
    expect(issue(wholeNumber("increment", 1), 0)).toBe("increment: must be at least 1")
    expect(issue(wholeNumber("increment", 1), INT32_MAX + 1)).toBe(`increment: at most ${INT32_MAX}`)
    expect(issue(wholeNumber("limit", 1, 50), 51)).toBe("limit: at most 50")
  })

  it("amounts are finite and not negative", () => {
    expect(amount("credit_limit").parse(0)).toBe(0)
    expect(issue(amount("credit_limit"), -0.01)).toBe("credit_limit: must not be negative")
    expect(issue(amount("credit_limit"), "10")).toBe("credit_limit: expected a number")
  })

  it("currency codes are three letters, lower-cased", () => {
    expect(currencyCode("currency_code").parse(" EUR ")).toBe("eur")
    expect(issue(currencyCode("currency_code"), "euro")).toContain("currency_code: expected a 3-letter")
    expect(issue(currencyCode("currency_code"), undefined)).toBe("currency_code is required")
  })

  it("text is trimmed and bounded; optional text treats blank as absent", () => {
    expect(text("name").parse("  Acme ")).toBe("Acme")
    expect(issue(text("name"), "   ")).toBe("name is required")
    expect(issue(text("name", 5), "abcdef")).toBe("name: at most 5 characters")
    expect(optionalText("po_number").parse("  ")).toBeNull()
    expect(optionalText("po_number").parse(undefined)).toBeUndefined()
    expect(issue(optionalText("po_number"), 12)).toBe("po_number: expected text")
  })

  it("ids must not be blank; emails are lower-cased", () => {
    expect(id("cart_id").parse(" cart_1 ")).toBe("cart_1")
    expect(issue(id("cart_id"), "")).toBe("cart_id is required")
    expect(email("email").parse(" Ana@Example.COM ")).toBe("ana@example.com")
    expect(issue(email("email"), "ana@")).toBe("email: not a valid email address")
  })

  it("2^31 and beyond, NaN and Infinity are refused wherever a number goes into an integer column", () => {
    for (const bad of [2 ** 31, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, -0.5]) {
      expect(issue(quantity("lines[].quantity"), bad)).toMatch(/^lines\[\]\.quantity: /)
      expect(issue(wholeNumber("increment", 1), bad)).toMatch(/^increment: /)
    }
    expect(limitParam().parse(undefined)).toBe(20)
    expect(limitParam().parse("7")).toBe(7)
    expect(issue(limitParam(), "101")).toBe("limit: at most 100")
    expect(issue(offsetParam(), String(2 ** 31))).toBe(`offset: at most ${INT32_MAX}`)
    expect(issue(offsetParam(), "NaN")).toBe("offset: expected a whole number")
  })

  it("amounts are bounded and carry at most 4 decimals (or the currency's)", () => {
    expect(amount("unit_price").parse(12.3456)).toBe(12.3456)
    expect(issue(amount("unit_price"), 12.34567)).toBe("unit_price: at most 4 decimals")
    expect(issue(amount("unit_price", { decimals: 2 }), 1.005)).toBe("unit_price: at most 2 decimals")
    expect(issue(amount("unit_price"), MAX_AMOUNT + 1)).toBe(`unit_price: at most ${MAX_AMOUNT}`)
    expect(issue(amount("unit_price"), Number.NaN)).toMatch(/^unit_price: expected a number/)
    expect(issue(amount("unit_price"), 1e-7)).toBe("unit_price: at most 4 decimals")
  })

  it("a store currency must be one of the store's codes: NaN has the shape but is refused", () => {
    const storeCurrency = storeCurrencyCode("currency_code", ["eur", "usd"])
    expect(storeCurrency.parse("USD")).toBe("usd")
    expect(currencyCode("currency_code").parse("NaN")).toBe("nan")
    expect(issue(storeCurrency, "NaN")).toBe("currency_code: expected one of this store's currencies (eur, usd)")
  })

  it("ids are bounded, of id characters only, with the expected prefix; blank optional ids are absent", () => {
    expect(id("cart_id", "cart").parse("cart_01JABC")).toBe("cart_01JABC")
    expect(issue(id("cart_id", "cart"), "order_01")).toBe("cart_id: expected an id starting with cart_")
    expect(issue(id("line_id"), "a b")).toBe("line_id: expected an id (letters, digits, _ and -)")
    expect(issue(id("line_id"), "x".repeat(101))).toBe("line_id: at most 100 characters")
    expect(issue(id("line_id"), "a\u0000")).toMatch(/^line_id: expected an id/)
    expect(optionalId("line_id").parse("")).toBeNull()
    expect(optionalId("line_id").parse(undefined)).toBeUndefined()
  })

  it("text refuses control characters; multi-line text keeps tabs and line breaks", () => {
    expect(issue(text("name"), "Ac\u0000me")).toBe("name: must not contain control characters or line breaks")
    expect(issue(text("name"), "Ac\nme")).toBe("name: must not contain control characters or line breaks")
    expect(text("message", 2000, { multiline: true }).parse("Hello\n\tthere")).toBe("Hello\n\tthere")
    expect(issue(text("message", 2000, { multiline: true }), "a\u0000b")).toBe(
      "message: must not contain control characters other than tabs and line breaks"
    )
    expect(issue(optionalText("po_number"), "PO\u0007")).toMatch(/^po_number: must not contain control/)
    expect(issue(searchText("q"), "a\u0000")).toMatch(/^q: must not contain control/)
    expect(issue(searchText("q"), "x".repeat(201))).toBe("q: at most 200 characters")
  })
})
