import { describe, expect, it } from "vitest";
import { renderHtml } from "../../test/render";
import type { PriceExplanation as Explanation } from "./explanations";
import PriceExplanation from "./PriceExplanation.astro";

// Colombia Huila 1 kg for the trade buyer at 10 units: the Trade list's 10+ tier.
const huila: Explanation = {
  variant_id: "v_1kg",
  sku: "COLOMBIA-HUILA-1KG",
  currency_code: "eur",
  quantity: 10,
  unit_price: 26.2,
  rrp: { net: 37.4, gross: 44.88 },
  saving: { amount: 11.2, percent: 30 },
  source: { type: "price_list", price_list_id: "plist_trade", title: "Trade prices", min_quantity: 10 },
  tiers: [
    { min_quantity: 1, max_quantity: 9, unit_price: 28.1, source_title: "Trade prices", current: false },
    { min_quantity: 10, max_quantity: 49, unit_price: 26.2, source_title: "Trade prices", current: true },
    { min_quantity: 50, max_quantity: null, unit_price: 23.9, source_title: "Trade prices", current: false },
  ],
  quantity_rule: null,
};

const render = (explanation: Explanation) =>
  renderHtml(PriceExplanation, {
    props: { explanation, variantTitle: "1 kg", netLabel: "net, excl. VAT", rrpLabel: "RRP incl. VAT" },
  });

describe("PriceExplanation", () => {
  it("shows the RRP gross, the net price, the saving and the list and tier behind it", async () => {
    const html = await render(huila);
    expect(html).toContain("Why this price: 1 kg");
    expect(html).toMatch(/RRP incl\. VAT<\/dt>\s*<dd[^>]*data-rrp-gross="44.88"[^>]*>€44\.88/);
    expect(html).toMatch(/data-unit-price="26.2"[^>]*>€26\.20/);
    expect(html).toContain("€11.20 (30%)");
    expect(html).toContain("net vs. RRP net €37.40");
    expect(html).toContain("Trade prices, 10+");
    expect(html).toContain("quantity tier from 10");
  });

  it("highlights the tier the price was explained for", async () => {
    const html = await render(huila);
    const current = html.match(/<tr[^>]*aria-current="true"[\s\S]*?<\/tr>/)?.[0] ?? "";
    expect(current).toContain("10–49");
    expect(html).toContain('data-tiers-for="v_1kg"');
  });

  it("says when no trade list applies, with no tier table for a single price", async () => {
    const html = await render({ ...huila, source: { type: "base" }, saving: null, tiers: [huila.tiers[0]!] });
    expect(html).toContain("Base price");
    expect(html).toContain("no trade price list applies");
    expect(html).not.toContain("<table");
  });

  it("renders nothing for a variant without a price", async () => {
    const html = await render({ ...huila, unit_price: null, source: null, saving: null, tiers: [] });
    expect(html.trim()).toBe("");
  });
});
