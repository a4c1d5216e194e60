import { describe, expect, it } from "vitest";
import { nextTierAfter, parseQuantity, sortTiers, tierForQuantity, tierRangeLabel, type PriceTier } from "./tiers";

const tier = (min: number, max: number | null, unit_price: number): PriceTier => ({
  min_quantity: min,
  max_quantity: max,
  unit_price,
  source_title: "Trade prices",
  current: false,
});

// Colombia Huila 1 kg trade tiers, deliberately out of order.
const tiers = [tier(50, null, 27.2), tier(1, 9, 31.9), tier(10, 49, 29.7)];

describe("tierForQuantity", () => {
  it.each([
    [1, 31.9],
    [9, 31.9],
    [10, 29.7],
    [49, 29.7],
    [50, 27.2],
    [500, 27.2],
  ])("quantity %i uses the %d tier", (quantity, amount) => {
    expect(tierForQuantity(tiers, quantity)?.unit_price).toBe(amount);
  });

  it("finds nothing below the first tier", () => {
    expect(tierForQuantity(tiers, 0)).toBeUndefined();
  });

  it("prefers the most specific tier when a base price overlaps the trade tiers", () => {
    const withBase = [...tiers, { ...tier(1, null, 42.5), source_title: null }];
    expect(tierForQuantity(withBase, 12)?.unit_price).toBe(29.7);
    expect(tierForQuantity(withBase, 3)?.unit_price).toBe(31.9);
  });
});

describe("nextTierAfter", () => {
  it("finds the next break above the quantity, whatever the order", () => {
    expect(nextTierAfter(tiers, 4)?.min_quantity).toBe(10);
    expect(nextTierAfter(tiers, 10)?.min_quantity).toBe(50);
    expect(nextTierAfter(tiers, 50)).toBeUndefined();
  });
});

describe("tierRangeLabel", () => {
  it("labels bounded, open and single-quantity tiers", () => {
    expect(sortTiers(tiers).map(tierRangeLabel)).toEqual(["1–9", "10–49", "50+"]);
    expect(tierRangeLabel(tier(5, 5, 1))).toBe("5");
  });
});

describe("parseQuantity", () => {
  it("accepts whole numbers in range", () => {
    expect(parseQuantity("10")).toBe(10);
    expect(parseQuantity(" 3 ")).toBe(3);
    expect(parseQuantity(9999)).toBe(9999);
  });

  it.each(["0", "-1", "1.5", "1e3", "abc", "", "10000", "0x10"])("rejects %j", (raw) => {
    expect(parseQuantity(raw)).toBeNull();
  });

  it("rejects non-string input such as a File or a missing field", () => {
    expect(parseQuantity(null)).toBeNull();
    expect(parseQuantity(undefined)).toBeNull();
    expect(parseQuantity({})).toBeNull();
  });
});
