import { describe, expect, it } from "vitest";
import { displayPrice, hasPriceRange, lowestPrice, savingsAgainst, type CalculatedPriceLike } from "./prices";

// 1 kg beans in the EU region: consumer base price 30 net (36 gross at 20% VAT).
const consumerBase: CalculatedPriceLike = {
  calculated_amount: 30,
  calculated_amount_with_tax: 36,
  calculated_amount_without_tax: 30,
  original_amount: 30,
  original_amount_with_tax: 36,
  original_amount_without_tax: 30,
  currency_code: "eur",
  calculated_price: { price_list_type: null },
};

// Same variant for a trade buyer: price list "sale" at 24 net.
const tradePrice: CalculatedPriceLike = {
  ...consumerBase,
  calculated_amount: 24,
  calculated_amount_with_tax: 28.8,
  calculated_amount_without_tax: 24,
  calculated_price: { price_list_type: "sale" },
};

describe("displayPrice gross (consumer)", () => {
  it("shows the tax-inclusive amount", () => {
    const price = displayPrice(consumerBase, "gross");
    expect(price).toMatchObject({ mode: "gross", amount: 36, currencyCode: "eur", reference: null, savings: null });
  });

  it("shows the original gross price as 'was' when a sale applies", () => {
    const price = displayPrice(tradePrice, "gross");
    expect(price?.amount).toBe(28.8);
    expect(price?.reference).toEqual({ amount: 36, kind: "was" });
    expect(price?.savings).toEqual({ amount: 7.2, percent: 20 });
  });

  it("never shows a net amount as gross when the tax-inclusive amount is missing", () => {
    const noTax = { ...consumerBase, calculated_amount_with_tax: null };
    expect(displayPrice(noTax, "gross")).toBeNull();
  });

  it("uses calculated_amount when the price itself is tax inclusive", () => {
    const inclusive = {
      ...consumerBase,
      calculated_amount_with_tax: undefined,
      is_calculated_price_tax_inclusive: true,
      calculated_amount: 36,
    };
    expect(displayPrice(inclusive, "gross")?.amount).toBe(36);
  });

  it("returns null for a variant without a price in the region", () => {
    expect(displayPrice(undefined, "gross")).toBeNull();
    expect(displayPrice({ calculated_amount: null, currency_code: null }, "gross")).toBeNull();
  });
});

describe("displayPrice net (trade)", () => {
  it("shows the net amount with the consumer gross price as RRP", () => {
    const price = displayPrice(tradePrice, "net");
    expect(price).toMatchObject({ mode: "net", amount: 24, reference: { amount: 36, kind: "rrp" } });
  });

  it("computes savings like for like (net vs net), not net vs gross RRP", () => {
    expect(displayPrice(tradePrice, "net")?.savings).toEqual({ amount: 6, percent: 20 });
  });

  it("has no savings when the buyer pays the base price", () => {
    expect(displayPrice(consumerBase, "net")?.savings).toBeNull();
  });
});

describe("savingsAgainst", () => {
  it("ignores differences below a cent and higher prices", () => {
    expect(savingsAgainst(10, 10.004)).toBeNull();
    expect(savingsAgainst(12, 10)).toBeNull();
    expect(savingsAgainst(10, null)).toBeNull();
  });
});

describe("lowestPrice / hasPriceRange", () => {
  const variants = [
    { calculated_price: { ...consumerBase } },
    { calculated_price: { ...consumerBase, calculated_amount_with_tax: 10.8 } },
    { calculated_price: undefined },
  ];

  it("picks the cheapest priced variant", () => {
    expect(lowestPrice(variants, "gross")?.amount).toBe(10.8);
    expect(lowestPrice([], "gross")).toBeNull();
  });

  it("detects when variants differ in price", () => {
    expect(hasPriceRange(variants, "gross")).toBe(true);
    expect(hasPriceRange([variants[0]!, variants[0]!], "gross")).toBe(false);
  });
});
