/** The components that show consumer prices, rendered with Astro's container API. */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it } from "vitest";
import CartSummary from "../cart/CartSummary.astro";
import ProductGrid from "./ProductGrid.astro";

let astro: AstroContainer;
beforeAll(async () => {
  astro = await AstroContainer.create();
});
const text = async (...args: Parameters<AstroContainer["renderToString"]>) =>
  (await astro.renderToString(...args))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const eu = { id: "reg_eu", name: "Europe", currencyCode: "eur", countryCode: "de", locale: "en-IE" };
const us = { id: "reg_us", name: "United States", currencyCode: "usd", countryCode: "us", locale: "en-US" };
const cp = (net: number, gross: number, currency = "eur") => ({
  calculated_amount: net,
  calculated_amount_without_tax: net,
  calculated_amount_with_tax: gross,
  original_amount_with_tax: gross,
  original_amount_without_tax: net,
  currency_code: currency,
});
const huila = {
  id: "prod_1",
  handle: "colombia-huila",
  title: "Colombia Huila",
  thumbnail: "http://localhost:9000/static/huila.png",
  variants: [
    { id: "v1", calculated_price: cp(37.4, 44.88) },
    { id: "v2", calculated_price: cp(11, 13.2) },
  ],
};

describe("ProductGrid", () => {
  it("shows the lowest tax-inclusive price with 'From' and the VAT note", async () => {
    const out = await text(ProductGrid, { props: { products: [huila], region: eu } });
    expect(out).toContain("Colombia Huila");
    expect(out).toContain("From €13.20 incl. VAT");
    expect(out).not.toContain("€11.00");
  });

  it("labels US prices with sales tax", async () => {
    const usHuila = { ...huila, variants: [{ id: "v1", calculated_price: cp(11, 11.88, "usd") }] };
    const out = await text(ProductGrid, { props: { products: [usHuila], region: us } });
    expect(out).toContain("$11.88 incl. sales tax");
    expect(out).not.toContain("From");
  });
});

describe("CartSummary", () => {
  it("shows tax-inclusive totals and the tax they contain", async () => {
    const cart = {
      currency_code: "eur",
      item_total: 26.4,
      shipping_total: 5.88,
      tax_total: 5.38,
      total: 32.28,
      discount_total: 0,
      shipping_methods: [{}],
    };
    const out = await text(CartSummary, { props: { cart, region: eu } });
    expect(out).toMatch(/Items €26\.40 Delivery €5\.88 Total €32\.28/);
    expect(out).toContain("Includes €5.38 VAT.");
  });

  it("says delivery is chosen at checkout before a method is picked", async () => {
    const cart = {
      currency_code: "usd",
      item_total: 23.76,
      shipping_total: 0,
      tax_total: 1.76,
      total: 23.76,
      shipping_methods: [],
    };
    const out = await text(CartSummary, { props: { cart, region: us } });
    expect(out).toContain("Delivery Chosen at checkout");
    expect(out).toContain("Includes $1.76 sales tax.");
  });
});
