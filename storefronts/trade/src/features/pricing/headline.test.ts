import { describe, expect, it, vi } from "vitest";
import type { PriceExplanation } from "./explanations";
import { fetchRowExplanations, headlineFromQuantity, quantitiesAtMinimum } from "./headline";

const CASES_FROM_12 = { min_quantity: 12, increment: 6, max_quantity: 60 };

function explanation(
  variantId: string,
  quantity: number,
  unitPrice: number,
  rule: PriceExplanation["quantity_rule"] = CASES_FROM_12,
): PriceExplanation {
  return {
    variant_id: variantId,
    sku: null,
    currency_code: "eur",
    quantity,
    unit_price: unitPrice,
    rrp: { net: 11, gross: 13.2 },
    saving: null,
    source: { type: "base" },
    // Chemex filters for the trade buyer: 8.80 from 1, 8.10 from 6; the minimum is 12.
    tiers: [
      { min_quantity: 1, max_quantity: 5, unit_price: 8.8, source_title: "Trade prices", current: quantity < 6 },
      { min_quantity: 6, max_quantity: null, unit_price: 8.1, source_title: "Trade prices", current: quantity >= 6 },
    ],
    quantity_rule: rule,
  };
}

describe("quantitiesAtMinimum", () => {
  it("asks again at the minimum for a row priced below it that the buyer left empty", () => {
    expect(quantitiesAtMinimum({ v_filters: explanation("v_filters", 1, 8.8) }, {})).toEqual(
      new Map([["v_filters", 12]]),
    );
    expect(quantitiesAtMinimum({ v_filters: explanation("v_filters", 1, 8.8) }, { v_filters: "  " })).toEqual(
      new Map([["v_filters", 12]]),
    );
  });

  it("keeps what the buyer typed, even below the minimum", () => {
    expect(quantitiesAtMinimum({ v_filters: explanation("v_filters", 3, 8.8) }, { v_filters: "3" }).size).toBe(0);
  });

  it("leaves rows without a minimum, or already at it, alone", () => {
    const open = explanation("v_open", 1, 8.8, { min_quantity: 1, increment: 1, max_quantity: null });
    const none = { ...explanation("v_none", 1, 8.8), quantity_rule: null };
    const atMinimum = explanation("v_filters", 12, 8.1);
    expect(quantitiesAtMinimum({ v_open: open, v_none: none, v_filters: atMinimum }, {}).size).toBe(0);
  });
});

describe("headlineFromQuantity", () => {
  it("says 'from <min>' for a row priced at its minimum with nothing typed", () => {
    expect(headlineFromQuantity(explanation("v_filters", 12, 8.1), "")).toBe(12);
  });

  it("says nothing for a typed quantity, a price for one, or no explanation", () => {
    expect(headlineFromQuantity(explanation("v_filters", 18, 8.1), "18")).toBeNull();
    expect(headlineFromQuantity({ quantity: 1, quantity_rule: null }, "")).toBeNull();
    expect(headlineFromQuantity(null, "")).toBeNull();
  });
});

describe("fetchRowExplanations", () => {
  const params = { regionId: "reg_eu", token: "tok" };

  it("prices an empty row with a minimum at that minimum, as the backend answers for it", async () => {
    const request = vi.fn(async (_path: string, init: { query: { quantity: number; variant_id: string[] } }) => ({
      prices: init.query.variant_id.map((id) =>
        init.query.quantity === 12 ? explanation(id, 12, 8.1) : explanation(id, init.query.quantity, 8.8),
      ),
    }));
    const result = await fetchRowExplanations({ request } as never, params, new Map([["v_filters", 1]]), {});
    expect(request).toHaveBeenCalledTimes(2);
    expect(request.mock.calls[1]![1].query).toMatchObject({ variant_id: ["v_filters"], quantity: 12 });
    expect(result.v_filters).toMatchObject({ quantity: 12, unit_price: 8.1 });
  });

  it("makes one request when no row needs its minimum", async () => {
    const request = vi.fn(async (_path: string, init: { query: { quantity: number; variant_id: string[] } }) => ({
      prices: init.query.variant_id.map((id) => explanation(id, init.query.quantity, 8.1)),
    }));
    const result = await fetchRowExplanations({ request } as never, params, new Map([["v_filters", 18]]), {
      v_filters: "18",
    });
    expect(request).toHaveBeenCalledTimes(1);
    expect(result.v_filters).toMatchObject({ quantity: 18, unit_price: 8.1 });
  });
});
