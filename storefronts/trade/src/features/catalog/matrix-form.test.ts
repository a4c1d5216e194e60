import { describe, expect, it } from "vitest";
import { enteredQuantities, parseVariantMatrix } from "./matrix-form";

const orderable = new Set(["v_250", "v_1kg"]);
/** The matrix as the browser posts it: variant_id and quantity per row, in row order. */
const form = (rows: Array<[string, string]>) => {
  const data = new FormData();
  for (const [id, quantity] of rows) {
    data.append("variant_id", id);
    data.append("quantity", quantity);
  }
  return data;
};

describe("parseVariantMatrix", () => {
  it("takes every filled-in row and skips blank and zero rows", () => {
    expect(
      parseVariantMatrix(
        form([
          ["v_250", "6"],
          ["v_1kg", ""],
          ["v_5kg", "0"],
        ]),
        orderable,
      ),
    ).toEqual({
      ok: true,
      items: [{ variantId: "v_250", quantity: 6 }],
      entered: { v_250: "6", v_1kg: "", v_5kg: "0" },
    });
    expect(
      parseVariantMatrix(
        form([
          ["v_250", " 6 "],
          ["v_1kg", "12"],
        ]),
        orderable,
      ),
    ).toMatchObject({
      ok: true,
      items: [
        { variantId: "v_250", quantity: 6 },
        { variantId: "v_1kg", quantity: 12 },
      ],
    });
  });

  it.each(["-3", "2.5", "lots", "10000", "1e3"])(
    "refuses the quantity %j on its row, keeping what was typed",
    (quantity) => {
      const result = parseVariantMatrix(
        form([
          ["v_250", "6"],
          ["v_1kg", quantity],
        ]),
        orderable,
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.errors)).toEqual(["v_1kg"]);
      expect(result.errors.v_1kg).toContain("Enter a whole number from 1 to 9999.");
      expect(result.entered).toEqual({ v_250: "6", v_1kg: quantity });
    },
  );

  it("refuses a variant of another product (or a made-up id) with a quantity", () => {
    const result = parseVariantMatrix(form([["variant_other", "1"]]), orderable);
    expect(result).toMatchObject({
      ok: false,
      errors: { variant_other: "This size cannot be ordered at the moment." },
    });
  });

  it("asks for at least one quantity", () => {
    expect(
      parseVariantMatrix(
        form([
          ["v_250", ""],
          ["v_1kg", "0"],
        ]),
        orderable,
      ),
    ).toMatchObject({
      ok: false,
      errors: { form: "Enter a quantity for at least one size." },
    });
  });

  it("refuses a post whose rows do not pair up", () => {
    const data = form([["v_250", "1"]]);
    data.append("variant_id", "v_1kg");
    expect(parseVariantMatrix(data, orderable)).toMatchObject({
      ok: false,
      errors: { form: "Every size needs its quantity field." },
    });
  });

  it("adds up a variant posted twice", () => {
    expect(
      parseVariantMatrix(
        form([
          ["v_250", "2"],
          ["v_250", "3"],
        ]),
        orderable,
      ),
    ).toMatchObject({ ok: true, items: [{ variantId: "v_250", quantity: 5 }] });
  });
});

describe("enteredQuantities", () => {
  it("reads the quantities of a 'show prices' GET", () => {
    const query = new URLSearchParams("variant_id=v_250&quantity=&variant_id=v_1kg&quantity=10");
    expect(enteredQuantities(query)).toEqual({ v_250: "", v_1kg: "10" });
  });
});
