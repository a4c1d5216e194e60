import { describe, expect, it } from "vitest";
import { BackendRequestError } from "./errors";
import { priceChangesOf, wantsPriceRefresh } from "./price-changes";

const line = {
  line_item_id: "cali_1",
  variant_id: "variant_1",
  sku: "CHEMEX-FILTERS",
  title: "Chemex filters · 100",
  quantity: 12,
  unit_price: 13.37,
  current_unit_price: 28.1,
};

describe("priceChangesOf", () => {
  it("reads the changed lines of a 409 cart_prices_changed", () => {
    const error = new BackendRequestError("Prices changed since these lines were added: …", 409, {
      body: { type: "conflict", code: "cart_prices_changed", message: "…", lines: [line, { junk: true }] },
    });
    expect(priceChangesOf(error)).toEqual([line]);
  });

  it("keeps a line no longer sold (current price null)", () => {
    const gone = { ...line, current_unit_price: null };
    const error = new BackendRequestError("x", 409, { body: { code: "cart_prices_changed", lines: [gone] } });
    expect(priceChangesOf(error)).toEqual([gone]);
  });

  it("recognises the message alone when the body is missing", () => {
    expect(priceChangesOf(new BackendRequestError("Prices changed since these lines were added: x", 409))).toEqual([]);
  });

  it("is null for other refusals and other errors", () => {
    expect(priceChangesOf(new BackendRequestError("Spending limit exceeded", 400))).toBeNull();
    expect(priceChangesOf(new BackendRequestError("awaiting approval", 409, { body: { code: "x" } }))).toBeNull();
    expect(priceChangesOf(new Error("Prices changed"))).toBeNull();
    expect(priceChangesOf(undefined)).toBeNull();
  });
});

describe("wantsPriceRefresh", () => {
  it("is true only for intent=refresh-prices", () => {
    const form = new FormData();
    expect(wantsPriceRefresh(form)).toBe(false);
    form.set("intent", "refresh-prices");
    expect(wantsPriceRefresh(form)).toBe(true);
    form.set("intent", "place-order");
    expect(wantsPriceRefresh(form)).toBe(false);
  });
});
