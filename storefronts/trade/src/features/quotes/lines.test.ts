import { describe, expect, it } from "vitest";
import { describeLineChange, lineChangeKind, lineName, lineOptions, percentChange, totalsDifference } from "./lines";
import type { QuoteLine } from "./types";

const money = (n: number) => `€${n.toFixed(2)}`;
const line = (overrides: Partial<QuoteLine>): QuoteLine => ({
  id: "ql_1",
  variant_id: "v_1",
  product_id: "p_1",
  title: "Colombia Huila",
  variant_title: "1 kg",
  sku: "COLOMBIA-HUILA-1KG",
  thumbnail: null,
  requested_quantity: 10,
  requested_unit_price: 28.1,
  quantity: 10,
  unit_price: 28.1,
  subtotal: 281,
  change: "unchanged",
  ...overrides,
});

describe("describeLineChange", () => {
  it("says nothing more about an unchanged line", () => {
    expect(describeLineChange(line({}), money)).toEqual({ change: "unchanged", label: "Unchanged", details: [] });
  });

  it("shows quantity and unit price before and after, with the price change in percent", () => {
    const view = describeLineChange(line({ change: "changed", quantity: 12, unit_price: 25, subtotal: 300 }), money);
    expect(view.label).toBe("Changed");
    expect(view.details).toEqual(["Quantity 10 → 12", "Unit price €28.10 → €25.00 (−11%)"]);
  });

  it("describes a line the merchant added", () => {
    expect(
      describeLineChange(
        line({ change: "added", requested_quantity: null, requested_unit_price: null, quantity: 6, unit_price: 9 }),
        money,
      ),
    ).toEqual({
      change: "added",
      label: "Added",
      details: ["Added to the offer: 6 × €9.00"],
    });
  });

  it("describes a removed line with what was asked for", () => {
    expect(describeLineChange(line({ change: "removed" }), money).details).toEqual([
      "Not part of the offer: you asked for 10 × €28.10",
    ]);
  });

  it("works out the kind from the figures when the backend gives none", () => {
    expect(lineChangeKind({ requested_quantity: null, requested_unit_price: null, quantity: 1, unit_price: 1 })).toBe(
      "added",
    );
    expect(
      lineChangeKind({ requested_quantity: 2, requested_unit_price: 1, quantity: 2, unit_price: 1, removed: true }),
    ).toBe("removed");
    expect(lineChangeKind({ requested_quantity: 2, requested_unit_price: 1, quantity: 3, unit_price: 1 })).toBe(
      "changed",
    );
    expect(lineChangeKind({ requested_quantity: 2, requested_unit_price: 1, quantity: 2, unit_price: 1 })).toBe(
      "unchanged",
    );
    expect(
      lineChangeKind({
        requested_quantity: 2,
        requested_unit_price: 1,
        quantity: 3,
        unit_price: 1,
        change: "unchanged",
      }),
    ).toBe("unchanged");
  });
});

describe("percentChange / totalsDifference", () => {
  it("rounds, signs and never shows 0%", () => {
    expect(percentChange(100, 105)).toBe("+5%");
    expect(percentChange(100, 90)).toBe("−10%");
    expect(percentChange(100, 100.2)).toBeNull();
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(null, 5)).toBeNull();
  });

  it("gives the offer's difference to the request", () => {
    expect(totalsDifference({ requested_subtotal: 281, subtotal: 300 })).toEqual({ amount: 19, percent: "+7%" });
    expect(totalsDifference({ requested_subtotal: 100.1, subtotal: 100.1 })).toEqual({ amount: 0, percent: null });
  });
});

describe("lineOptions", () => {
  it("offers the whole quote first, then each line by name and SKU", () => {
    expect(
      lineOptions([line({}), line({ id: "ql_2", variant_title: null, sku: null, title: "Filter papers" })]),
    ).toEqual([
      { value: "", label: "The whole quote" },
      { value: "ql_1", label: "Colombia Huila, 1 kg (COLOMBIA-HUILA-1KG)" },
      { value: "ql_2", label: "Filter papers" },
    ]);
    expect(lineName({ title: "A", variant_title: "B", sku: null })).toBe("A, B");
  });
});
