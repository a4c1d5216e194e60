import { describe, expect, it } from "vitest";
import { parseAddToCart } from "./product-form";

const orderable = new Set(["variant_1kg", "variant_250g"]);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("parseAddToCart", () => {
  it("accepts an orderable variant and a quantity", () => {
    expect(parseAddToCart(form({ variant_id: "variant_1kg", quantity: "10" }), orderable)).toEqual({
      ok: true,
      variantId: "variant_1kg",
      quantity: 10,
    });
  });

  it("refuses a variant of another product (or a made-up id)", () => {
    const result = parseAddToCart(form({ variant_id: "variant_other", quantity: "1" }), orderable);
    expect(result).toMatchObject({ ok: false, errors: { variant: "Choose a size that is available." } });
  });

  it.each(["0", "-3", "2.5", "", "lots", "10000"])("refuses the quantity %j, naming the field", (quantity) => {
    const result = parseAddToCart(form({ variant_id: "variant_1kg", quantity }), orderable);
    expect(result).toMatchObject({ ok: false, variantId: "variant_1kg", errors: { quantity: expect.any(String) } });
  });
});
