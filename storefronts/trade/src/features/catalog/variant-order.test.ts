import { describe, expect, it } from "vitest";
import { orderVariantsByNetPrice } from "./variant-order";

const priced = (id: string, net: number | null, rank = 0) => ({
  id,
  variant_rank: rank,
  calculated_price: net === null ? null : { currency_code: "eur", calculated_amount_without_tax: net },
});

describe("orderVariantsByNetPrice", () => {
  it("puts the cheapest size first and unpriced variants last", () => {
    const ordered = orderVariantsByNetPrice([priced("1kg", 28.1), priced("none", null), priced("250g", 8.6)]);
    expect(ordered.map((v) => v.id)).toEqual(["250g", "1kg", "none"]);
  });

  it("breaks ties by rank and leaves the input alone", () => {
    const input = [priced("b", 5, 2), priced("a", 5, 1)];
    expect(orderVariantsByNetPrice(input).map((v) => v.id)).toEqual(["a", "b"]);
    expect(input.map((v) => v.id)).toEqual(["b", "a"]);
  });
});
