import { displayPrice } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../test/render";
import VariantPriceTable from "./VariantPriceTable.astro";

// Colombia Huila in the EU for the trade buyer: 1 kg at 31.90 net from the Trade price list,
// consumer price 42.50 net = 51.00 incl. 20 % VAT.
const huila1kg = {
  calculated_amount: 31.9,
  calculated_amount_with_tax: 38.28,
  calculated_amount_without_tax: 31.9,
  original_amount: 42.5,
  original_amount_with_tax: 51,
  original_amount_without_tax: 42.5,
  currency_code: "eur",
  calculated_price: { price_list_type: "sale" },
};
const huila250g = {
  calculated_amount: 10.4,
  calculated_amount_with_tax: 12.48,
  calculated_amount_without_tax: 10.4,
  original_amount: 12.5,
  original_amount_with_tax: 15,
  original_amount_without_tax: 12.5,
  currency_code: "eur",
};

async function render(variants: Array<Record<string, unknown>>, selectedId = "v_1kg") {
  const html = await renderHtml(VariantPriceTable, {
    props: { variants, selectedId, formId: "buy", netLabel: "net, excl. VAT", rrpLabel: "RRP incl. VAT" },
  });
  const row = (id: string) => html.match(new RegExp(`<tr[^>]*data-variant-id="${id}"[\\s\\S]*?</tr>`))?.[0] ?? "";
  return { html, row };
}

const variants = [
  { id: "v_250", title: "250 g", sku: "HUILA-250G", inventory_quantity: 400, price: displayPrice(huila250g, "net") },
  { id: "v_1kg", title: "1 kg", sku: "HUILA-1KG", inventory_quantity: 3, price: displayPrice(huila1kg, "net") },
];

describe("VariantPriceTable", () => {
  it("shows the net price labelled net, not the tax-inclusive amount", async () => {
    const { row } = await render(variants);
    expect(row("v_1kg")).toContain("€31.90");
    expect(row("v_1kg")).toContain("net, excl. VAT");
    expect(row("v_1kg")).not.toContain("€38.28");
  });

  it("shows the consumer price incl. VAT as RRP beside it", async () => {
    const { html, row } = await render(variants);
    expect(html).toContain("RRP incl. VAT");
    expect(row("v_1kg")).toContain("€51.00");
    expect(row("v_250")).toContain("€15.00");
  });

  it("shows the saving net against net", async () => {
    const { row } = await render(variants);
    // 42.50 − 31.90 = 10.60 (25 %); against the gross RRP it would wrongly be 19.10 (37 %).
    expect(row("v_1kg")).toContain("€10.60 (25%)");
    expect(row("v_250")).toContain("€2.10 (17%)");
  });

  it("ties each radio button to the order form and checks the chosen variant", async () => {
    const { row } = await render(variants);
    expect(row("v_1kg")).toMatch(/<input[^>]*form="buy"[^>]*checked/);
    expect(row("v_250")).not.toMatch(/checked/);
    expect(row("v_1kg")).toMatch(/<label for="variant-v_1kg">1 kg<\/label>/);
    expect(row("v_1kg")).toContain("Only 3 left");
  });

  it("says 'Price on request' and disables ordering for a variant without a price", async () => {
    const { row } = await render([{ id: "v_x", title: "5 kg", price: null }], "v_x");
    expect(row("v_x")).toContain("Price on request");
    expect(row("v_x")).toMatch(/<input[^>]*disabled/);
  });
});
