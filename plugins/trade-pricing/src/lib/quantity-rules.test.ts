import { describe, expect, it } from "vitest"
import {
  checkQuantity,
  describeRule,
  isAllowedQuantity,
  nearestAllowed,
  quantityRuleMessage,
  ruleProblem,
} from "./quantity-rules"

const CASES = { min_quantity: 12, increment: 6, max_quantity: 120 }

describe("allowed quantities", () => {
  it("allows min, min + k·increment and max only", () => {
    expect([12, 18, 24, 114, 120].every((q) => isAllowedQuantity(q, CASES))).toBe(true)
    expect([0, 6, 11, 13, 17, 121, 126, 12.5].some((q) => isAllowedQuantity(q, CASES))).toBe(false)
  })

  it("has no maximum when max_quantity is null", () => {
    expect(isAllowedQuantity(6000, { min_quantity: 6, increment: 6, max_quantity: null })).toBe(true)
  })

  it("names the nearest allowed quantities below and above", () => {
    expect(nearestAllowed(5, CASES)).toEqual([12, 18])
    expect(nearestAllowed(20, CASES)).toEqual([18, 24])
    expect(nearestAllowed(130, CASES)).toEqual([114, 120])
    expect(nearestAllowed(24, CASES)).toEqual([24])
    // A maximum off the increment grid: the largest allowed is on the grid.
    expect(nearestAllowed(50, { min_quantity: 12, increment: 6, max_quantity: 45 })).toEqual([36, 42])
  })

  it("describes the rule in words", () => {
    expect(describeRule(CASES)).toBe("sold in multiples of 6 from 12 up to 120")
    expect(describeRule({ min_quantity: 2, increment: 1, max_quantity: null })).toBe("sold from 2")
    expect(describeRule({ min_quantity: 1, increment: 1, max_quantity: null })).toBe("sold in any quantity")
  })

  it("writes the API's message naming SKU and allowed quantities", () => {
    expect(quantityRuleMessage("HC-COL-1KG", CASES, 13)).toBe(
      "quantity: SKU HC-COL-1KG is sold in multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)"
    )
    expect(checkQuantity("X", CASES, 33, 9)).toBe(
      "quantity: SKU X is sold in multiples of 6 from 12 up to 120 (the cart would hold 33) (nearest allowed: 30, 36)"
    )
    expect(checkQuantity("X", CASES, 24)).toBeNull()
    expect(checkQuantity("X", null, 7)).toBeNull()
  })

  it("validates a rule's own fields", () => {
    expect(ruleProblem({ min_quantity: 0, increment: 1, max_quantity: null })).toMatch(/^min_quantity:/)
    expect(ruleProblem({ min_quantity: 1, increment: 0, max_quantity: null })).toMatch(/^increment:/)
    expect(ruleProblem({ min_quantity: 10, increment: 1, max_quantity: 5 })).toMatch(/^max_quantity:/)
    expect(ruleProblem(CASES)).toBeNull()
  })
})
