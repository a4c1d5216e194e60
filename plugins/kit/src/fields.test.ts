import type { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { amount, currencyCode, email, id, INT32_MAX, optionalText, quantity, text, wholeNumber } from "./fields"

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
})
