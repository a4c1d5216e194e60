import { describe, expect, it } from "vitest";
import {
  describeQuantityRule,
  firstAllowedFrom,
  isAllowedQuantity,
  quantityInputAttributes,
  ruleErrorText,
  type QuantityRule,
} from "./quantity-rule";

const cases: QuantityRule = { min_quantity: 12, increment: 6, max_quantity: 120 };

describe("describeQuantityRule", () => {
  it.each([
    [cases, "Cases of 6 · min 12 · max 120"],
    [{ min_quantity: 6, increment: 6, max_quantity: null }, "Cases of 6"],
    [{ min_quantity: 2, increment: 1, max_quantity: null }, "Min 2"],
    [{ min_quantity: 1, increment: 1, max_quantity: 10 }, "Max 10"],
  ])("describes %j as %s", (rule, text) => {
    expect(describeQuantityRule(rule)).toBe(text);
  });

  it("says nothing for no rule or a rule that restricts nothing", () => {
    expect(describeQuantityRule(null)).toBeNull();
    expect(describeQuantityRule({ min_quantity: 1, increment: 1, max_quantity: null })).toBeNull();
  });
});

describe("isAllowedQuantity", () => {
  it.each([
    [12, true],
    [18, true],
    [120, true],
    [6, false],
    [13, false],
    [126, false],
    [0, false],
  ])("%i under cases of 6 from 12 to 120: %s", (quantity, allowed) => {
    expect(isAllowedQuantity(cases, quantity)).toBe(allowed);
  });

  it("allows any whole quantity without a rule", () => {
    expect(isAllowedQuantity(null, 7)).toBe(true);
    expect(isAllowedQuantity(null, 1.5)).toBe(false);
  });
});

describe("firstAllowedFrom", () => {
  it("moves a tier break onto the rule's grid", () => {
    expect(firstAllowedFrom(cases, 10)).toBe(12);
    expect(firstAllowedFrom(cases, 50)).toBe(54);
    expect(firstAllowedFrom(cases, 54)).toBe(54);
    expect(firstAllowedFrom(cases, 121)).toBeNull();
    expect(firstAllowedFrom(null, 10)).toBe(10);
  });
});

describe("quantityInputAttributes", () => {
  it("gives the browser the rule's grid (step counts from min)", () => {
    expect(quantityInputAttributes(cases)).toEqual({ min: 12, step: 6, max: 120 });
    expect(quantityInputAttributes(null)).toEqual({ min: 1, step: 1, max: 9999 });
  });
});

describe("ruleErrorText", () => {
  it("drops the backend's field prefix", () => {
    expect(
      ruleErrorText("quantity: SKU HC-COL-1KG is sold in multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)"),
    ).toBe("SKU HC-COL-1KG is sold in multiples of 6 from 12 up to 120 (nearest allowed: 12, 18)");
  });
});
