import { describe, expect, it } from "vitest"
import {
  approvalRefusal,
  contentHash,
  decimalString,
  evaluateApprovalRequirement,
  goodsValue,
  type ApprovalRules,
} from "./rules"

const rules: ApprovalRules = { amount_threshold: 500, amount_applies_to: ["buyer"], always_roles: [] }
const evaluate = (over: Partial<Parameters<typeof evaluateApprovalRequirement>[0]>) =>
  evaluateApprovalRequirement({ rules, role: "buyer", amount: 100, currency_code: "eur", ...over })

describe("evaluateApprovalRequirement", () => {
  it("requires approval above the threshold for the roles it applies to", () => {
    const result = evaluate({ amount: 500.01 })
    expect(result.required).toBe(true)
    expect(result.reasons).toHaveLength(1)
    expect(result.reasons[0].code).toBe("amount")
    expect(result.reasons[0].message).toContain("€500.01")
    expect(result.reasons[0].message).toContain("€500.00")
  })

  it("does not require approval at or under the threshold", () => {
    expect(evaluate({ amount: 500 }).required).toBe(false)
    expect(evaluate({ amount: "499.99" }).required).toBe(false)
  })

  it("ignores the amount for roles outside amount_applies_to", () => {
    expect(evaluate({ amount: 10_000, role: "approver" }).required).toBe(false)
    expect(evaluate({ amount: 10_000, role: "admin" }).required).toBe(false)
  })

  it("has no amount rule when the threshold is null", () => {
    expect(evaluate({ rules: { ...rules, amount_threshold: null }, amount: 1e9 }).required).toBe(false)
  })

  it("treats a zero threshold as 'every cart with a value'", () => {
    expect(evaluate({ rules: { ...rules, amount_threshold: 0 }, amount: 0.01 }).required).toBe(true)
    expect(evaluate({ rules: { ...rules, amount_threshold: 0 }, amount: 0 }).required).toBe(false)
  })

  it("always requires approval for always_roles, whatever the amount", () => {
    const result = evaluate({ rules: { ...rules, always_roles: ["approver"] }, role: "approver", amount: 1 })
    expect(result).toEqual({ required: true, reasons: [expect.objectContaining({ code: "role" })] })
  })

  it("lists both reasons when both rules apply", () => {
    const result = evaluate({ rules: { ...rules, always_roles: ["buyer"] }, amount: 600 })
    expect(result.reasons.map((r) => r.code)).toEqual(["amount", "role"])
  })

  it("never requires approval without company rules or outside a company", () => {
    expect(evaluate({ rules: null, amount: 1e9 }).required).toBe(false)
    expect(evaluate({ role: null, amount: 1e9 }).required).toBe(false)
  })
})

describe("contentHash", () => {
  const lines = [
    { variant_id: "variant_a", quantity: 2, unit_price: 12.5 },
    { variant_id: "variant_b", quantity: 1, unit_price: "3.00" },
  ]

  it("does not depend on line order or on how a price is written", () => {
    const reordered = [
      { variant_id: "variant_b", quantity: 1, unit_price: 3 },
      { variant_id: "variant_a", quantity: "2", unit_price: "12.50" },
    ]
    expect(contentHash("eur", reordered)).toBe(contentHash("eur", lines))
    expect(contentHash("EUR", lines)).toBe(contentHash("eur", lines))
  })

  it("changes with a quantity, a price, a line or the currency", () => {
    const base = contentHash("eur", lines)
    expect(contentHash("eur", [{ ...lines[0], quantity: 3 }, lines[1]])).not.toBe(base)
    expect(contentHash("eur", [{ ...lines[0], unit_price: 12.49 }, lines[1]])).not.toBe(base)
    expect(contentHash("eur", [lines[0]])).not.toBe(base)
    expect(contentHash("eur", [...lines, { variant_id: "variant_c", quantity: 1, unit_price: 1 }])).not.toBe(base)
    expect(contentHash("usd", lines)).not.toBe(base)
  })

  it("is a sha256 hex digest", () => {
    expect(contentHash("eur", lines)).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe("decimalString and goodsValue", () => {
  it("normalises decimals", () => {
    expect(decimalString("12.50")).toBe("12.5")
    expect(decimalString("0.30")).toBe("0.3")
    expect(decimalString(1000)).toBe("1000")
  })

  it("prefers item_subtotal and falls back to the lines", () => {
    expect(goodsValue({ item_subtotal: "99.9", items: [] })).toBe(99.9)
    expect(
      goodsValue({
        items: [
          { variant_id: "a", quantity: 3, unit_price: 0.1 },
          { variant_id: "b", quantity: 1, unit_price: "10.00" },
        ],
      })
    ).toBe(10.3)
  })
})

describe("approvalRefusal", () => {
  const hash = "h1"
  it("explains why a cart that needs approval cannot be ordered", () => {
    expect(approvalRefusal(null, hash)).toContain("needs approval")
    expect(approvalRefusal({ status: "withdrawn", content_hash: hash }, hash)).toContain("needs approval")
    expect(approvalRefusal({ status: "pending", content_hash: hash }, hash)).toContain("awaiting approval")
    expect(approvalRefusal({ status: "rejected", content_hash: hash }, hash)).toContain("was rejected")
    expect(approvalRefusal({ status: "approved", content_hash: "old" }, hash)).toContain(
      "changed since it was approved — submit it again"
    )
  })

  it("lets an approved, unchanged cart through", () => {
    expect(approvalRefusal({ status: "approved", content_hash: hash }, hash)).toBeNull()
  })
})
