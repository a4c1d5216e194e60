import { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { amount, email, role, vatId } from "./validators"

const issue = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.message
}

describe("shared field validators", () => {
  it("accepts EU VAT ids in any common spelling and normalises them", () => {
    expect(vatId("vat_id").parse("DE123456789")).toBe("DE123456789")
    expect(vatId("vat_id").parse("fr 12.345-678-901")).toBe("FR12345678901")
    expect(vatId("vat_id").parse("")).toBeNull()
    expect(vatId("vat_id").parse(undefined)).toBeUndefined()
  })

  it("refuses malformed VAT ids naming the field", () => {
    for (const bad of ["123456789", "D1234", "DE1", "DE12345678901234", "DE-12*34"]) {
      expect(issue(vatId("company.vat_id"), bad)).toContain("company.vat_id")
    }
  })

  it("lower-cases emails and names the field when invalid", () => {
    expect(email("email").parse("  Ana@Example.COM ")).toBe("ana@example.com")
    expect(issue(email("applicant.email"), "ana@")).toContain("applicant.email")
  })

  it("amounts are non-negative numbers; roles are the four known ones", () => {
    expect(amount("credit_limit").parse(0)).toBe(0)
    expect(amount("credit_limit").safeParse(-0.01).success).toBe(false)
    expect(amount("credit_limit").safeParse("10").success).toBe(false)
    expect(role("role").parse("viewer")).toBe("viewer")
    expect(issue(role("role"), "owner")).toContain("role")
  })
})
