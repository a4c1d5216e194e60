import { describe, expect, it } from "vitest";
import type { PriceExplanation } from "../pricing/explanations";
import { buildMatrixRows, enteredQuantity } from "./matrix";
import { calculatedPrice as calculated } from "../../test/prices";

const variants = [
  {
    id: "v_250",
    title: "250 g",
    sku: "COLOMBIA-HUILA-250G",
    inventory_quantity: 400,
    manage_inventory: true,
    calculated_price: calculated(8.6, 11),
  },
  {
    id: "v_1kg",
    title: "1 kg",
    sku: "COLOMBIA-HUILA-1KG",
    inventory_quantity: 0,
    manage_inventory: true,
    allow_backorder: false,
    calculated_price: calculated(28.1, 37.4),
  },
  { id: "v_x", title: "Sample", sku: null, inventory_quantity: 5, calculated_price: null },
];

const explained: PriceExplanation = {
  variant_id: "v_250",
  sku: "COLOMBIA-HUILA-250G",
  currency_code: "eur",
  quantity: 12,
  unit_price: 8.1,
  rrp: { net: 11, gross: 13.2 },
  saving: { amount: 2.9, percent: 26 },
  source: { type: "price_list", price_list_id: "plist_cc", title: "Corner Café contract", min_quantity: 12 },
  tiers: [
    { min_quantity: 1, max_quantity: 11, unit_price: 8.6, source_title: "Trade prices", current: false },
    { min_quantity: 12, max_quantity: 47, unit_price: 8.1, source_title: "Corner Café contract", current: true },
    { min_quantity: 48, max_quantity: null, unit_price: 7.6, source_title: "Corner Café contract", current: false },
  ],
  quantity_rule: { min_quantity: 6, increment: 6, max_quantity: 120 },
};

describe("buildMatrixRows", () => {
  const [bags, kilo, sample] = buildMatrixRows(
    variants,
    { v_250: explained },
    { v_250: "12" },
    { v_1kg: "Not in stock" },
  );

  it("prices a row from the explanation at the entered quantity: net, RRP gross, list and tier", () => {
    expect(bags).toMatchObject({
      unitPrice: 8.1,
      rrpGross: 13.2,
      saving: { amount: 2.9, percent: 26 },
      source: "Corner Café contract, 12+",
      tierHint: "Order 48 for €7.60 each",
      quantity: "12",
      orderable: true,
    });
  });

  it("shows the quantity rule and shapes the input to it", () => {
    expect(bags!.ruleText).toBe("Cases of 6 · max 120");
    expect(bags!.input).toEqual({ min: 6, step: 6, max: 120 });
  });

  it("falls back to Medusa's calculated price without an explanation", () => {
    expect(kilo).toMatchObject({
      unitPrice: 28.1,
      source: null,
      tierHint: null,
      ruleText: null,
      error: "Not in stock",
    });
    expect(kilo!.rrpGross).toBeCloseTo(44.88);
  });

  it("cannot order a size out of stock or without a price", () => {
    expect(kilo!.orderable).toBe(false);
    expect(sample).toMatchObject({ unitPrice: null, orderable: false, title: "Sample" });
  });
});

describe("a row with nothing entered, priced at the rule's minimum", () => {
  const [atMinimum] = buildMatrixRows(variants, { v_250: explained }, {}, {});

  it("says the price is for the minimum, and hints at the next break from there", () => {
    expect(atMinimum).toMatchObject({
      unitPrice: 8.1,
      pricedAtMinimum: 12,
      quantity: "",
      tierHint: "Order 48 for €7.60 each",
    });
  });

  it("says nothing of a minimum when the buyer entered the quantity, or when the price is for 1", () => {
    expect(bagsAt("12").pricedAtMinimum).toBeNull();
    const atOne = buildMatrixRows(variants, { v_250: { ...explained, quantity: 1, unit_price: 8.6 } }, {}, {})[0]!;
    expect(atOne.pricedAtMinimum).toBeNull();
  });

  function bagsAt(quantity: string) {
    return buildMatrixRows(variants, { v_250: explained }, { v_250: quantity }, {})[0]!;
  }
});

describe("enteredQuantity", () => {
  it("reads what was typed when it is a quantity, else nothing", () => {
    expect(enteredQuantity("10")).toBe(10);
    expect(enteredQuantity("")).toBeNull();
    expect(enteredQuantity("ten")).toBeNull();
    expect(enteredQuantity(undefined)).toBeNull();
  });
});
