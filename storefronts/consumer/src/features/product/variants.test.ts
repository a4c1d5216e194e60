import { formData as form } from "@hybrid/storefront-kit/testing.ts";
import { describe, expect, it } from "vitest";
import { parseAddToCart } from "./add-to-cart";
import { chooseVariant, orderVariants, variantHref } from "./variants";
import { kilo, small } from "../../test/products";

describe("orderVariants / chooseVariant", () => {
  it("puts the cheapest size first", () => {
    expect(orderVariants([kilo, small]).map((v) => v.id)).toEqual(["variant_250", "variant_1kg"]);
  });

  it("uses the variant named in the URL", () => {
    expect(chooseVariant([small, kilo], "variant_1kg")).toEqual({ variant: kilo, unknownRequested: false });
  });

  it("falls back to the first variant in stock and flags an unknown request", () => {
    expect(chooseVariant([kilo, small], null)).toEqual({ variant: small, unknownRequested: false });
    expect(chooseVariant([kilo, small], "variant_other_product")).toEqual({ variant: small, unknownRequested: true });
  });

  it("links to the product with the variant chosen", () => {
    expect(variantHref("colombia-huila", "variant_250")).toBe("/products/colombia-huila?variant=variant_250");
  });
});

describe("parseAddToCart", () => {
  const variants = [small, kilo];

  it("accepts a variant of this product with a sensible quantity", () => {
    expect(parseAddToCart(form({ variant_id: "variant_250", quantity: "2" }), variants)).toEqual({
      ok: true,
      variantId: "variant_250",
      quantity: 2,
    });
  });

  it("defaults the quantity to 1", () => {
    expect(parseAddToCart(form({ variant_id: "variant_250" }), variants)).toMatchObject({ ok: true, quantity: 1 });
  });

  it("names the field at fault", () => {
    expect(parseAddToCart(form({ quantity: "1" }), variants)).toEqual({
      ok: false,
      errors: { variant_id: "Choose a size" },
    });
    expect(parseAddToCart(form({ variant_id: "variant_250", quantity: "0" }), variants)).toMatchObject({
      ok: false,
      errors: { quantity: expect.any(String) },
    });
    expect(parseAddToCart(form({ variant_id: "variant_250", quantity: "1.5" }), variants)).toMatchObject({
      ok: false,
      errors: { quantity: "Enter a whole number" },
    });
    expect(parseAddToCart(form({ variant_id: "variant_250", quantity: "abc" }), variants).ok).toBe(false);
  });

  it("refuses variants of other products, sold-out sizes and more than the stock", () => {
    expect(parseAddToCart(form({ variant_id: "variant_elsewhere", quantity: "1" }), variants)).toMatchObject({
      ok: false,
      errors: { variant_id: expect.any(String) },
    });
    expect(parseAddToCart(form({ variant_id: "variant_1kg", quantity: "1" }), variants)).toEqual({
      ok: false,
      errors: { variant_id: "Sorry, this size is out of stock" },
    });
    expect(parseAddToCart(form({ variant_id: "variant_250", quantity: "4" }), variants)).toEqual({
      ok: false,
      errors: { quantity: "Only 3 left in stock" },
    });
  });
});
