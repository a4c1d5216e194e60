import { describe, expect, it } from "vitest";
import { cartLineView, cartTotalsView, grossUnitPrice, itemCount } from "./lines";

// What the backend returns for 2 × Colombia Huila 250 g in Germany: prices net, totals with 20 % VAT.
const line = {
  id: "cali_1",
  title: "Colombia Huila",
  product_title: "Colombia Huila",
  variant_title: "250 g",
  product_handle: "colombia-huila",
  variant_id: "variant_250",
  quantity: 2,
  unit_price: 11,
  is_tax_inclusive: false,
  subtotal: 22,
  tax_total: 4.4,
  total: 26.4,
  original_total: 26.4,
  tax_lines: [{ rate: 20 }],
};

describe("cart prices are tax-inclusive", () => {
  it("shows the unit price with tax, not Medusa's net unit_price", () => {
    expect(grossUnitPrice(line)).toBe(13.2);
    expect(cartLineView(line)).toMatchObject({ unitPrice: 13.2, lineTotal: 26.4, quantity: 2, variantTitle: "250 g" });
  });

  it("derives the gross unit price from tax lines when totals are missing", () => {
    expect(grossUnitPrice({ ...line, original_total: null, total: null })).toBe(13.2);
  });

  it("keeps a tax-inclusive unit price as it is", () => {
    expect(grossUnitPrice({ ...line, is_tax_inclusive: true, unit_price: 13.2 })).toBe(13.2);
  });

  it("links back to the product with the same size and hides the 'Standard' variant name", () => {
    expect(cartLineView(line).href).toBe("/products/colombia-huila?variant=variant_250");
    expect(cartLineView({ ...line, variant_title: "Standard" }).variantTitle).toBeNull();
  });

  it("summarises totals including tax, and no shipping before one is chosen", () => {
    const cart = {
      item_total: 26.4,
      shipping_total: 0,
      tax_total: 4.4,
      total: 26.4,
      discount_total: 0,
      shipping_methods: [],
    };
    expect(cartTotalsView(cart)).toEqual({ items: 26.4, shipping: null, discount: 0, tax: 4.4, total: 26.4 });
    expect(cartTotalsView({ ...cart, shipping_total: 5.88, total: 32.28, shipping_methods: [{}] }).shipping).toBe(5.88);
  });

  it("counts units", () => {
    expect(itemCount([{ quantity: 2 }, { quantity: 3 }])).toBe(5);
    expect(itemCount(undefined)).toBe(0);
  });
});
