import { describe, expect, it } from "vitest";
import type { LineExplanation } from "../pricing/explanations";
import { describeCartLine } from "./line-explanation";

const line = (overrides: Partial<LineExplanation> = {}): LineExplanation => ({
  line_item_id: "cali_1",
  variant_id: "v_1kg",
  sku: "COLOMBIA-HUILA-1KG",
  quantity: 4,
  unit_price: 28.1,
  rrp: { net: 37.4, gross: 44.88 },
  saving: { amount: 9.3, percent: 25 },
  source: { type: "price_list", price_list_id: "plist_trade", title: "Trade prices", min_quantity: 1 },
  next_tier: { min_quantity: 10, unit_price: 26.2 },
  quantity_rule: null,
  ...overrides,
});

describe("describeCartLine", () => {
  it("names the list, the saving and the next quantity break", () => {
    expect(describeCartLine(line(), "eur")).toMatchObject({
      source: "Trade prices",
      saving: "You save €9.30 (25%) on the RRP",
      nextTier: "Order 10 for €26.20 each (6 more)",
      rule: null,
      input: { min: 1, step: 1, max: 9999 },
    });
  });

  it("names the tier a line is charged at", () => {
    const notes = describeCartLine(
      line({
        quantity: 10,
        unit_price: 26.2,
        source: { type: "price_list", price_list_id: "p", title: "Trade prices", min_quantity: 10 },
        next_tier: { min_quantity: 50, unit_price: 23.9 },
      }),
      "eur",
    );
    expect(notes.source).toBe("Trade prices, 10+");
    expect(notes.nextTier).toBe("Order 50 for €23.90 each (40 more)");
  });

  it("moves the next break onto the quantity rule's grid and shows the rule", () => {
    const notes = describeCartLine(
      line({
        quantity: 12,
        quantity_rule: { min_quantity: 12, increment: 6, max_quantity: 120 },
        next_tier: { min_quantity: 50, unit_price: 23.9 },
      }),
      "eur",
    );
    expect(notes.nextTier).toBe("Order 54 for €23.90 each (42 more)");
    expect(notes.rule).toBe("Cases of 6 · min 12 · max 120");
    expect(notes.input).toEqual({ min: 12, step: 6, max: 120 });
  });

  it("has no hint at the best tier, no saving without one, and nothing without an explanation", () => {
    expect(describeCartLine(line({ next_tier: null, saving: null, source: { type: "base" } }), "eur")).toMatchObject({
      nextTier: null,
      saving: null,
      source: "Base price",
    });
    expect(describeCartLine(undefined, "eur")).toMatchObject({
      source: null,
      saving: null,
      nextTier: null,
      rule: null,
    });
  });
});
