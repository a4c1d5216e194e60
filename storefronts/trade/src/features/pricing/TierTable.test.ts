import { describe, expect, it } from "vitest";
import { renderHtml } from "../../test/render";
import TierTable from "./TierTable.astro";
import type { PriceTier } from "./explanations";

const tier = (min: number, max: number | null, unit_price: number, current = false): PriceTier => ({
  min_quantity: min,
  max_quantity: max,
  unit_price,
  source_title: "Trade prices",
  current,
});
// Colombia Huila 1 kg, as /store/trade-pricing/prices answers for the trade buyer (order not guaranteed).
const tiers = [tier(10, 49, 29.7), tier(1, 9, 31.9), tier(50, null, 27.2)];

async function render(quantity: number | undefined, rows: PriceTier[] = tiers) {
  const html = await renderHtml(TierTable, {
    props: { tiers: rows, quantity, currencyCode: "eur", variantTitle: "1 kg", netLabel: "net, excl. VAT" },
  });
  const body = html.match(/<tbody>([\s\S]*)<\/tbody>/)?.[1] ?? "";
  const bodyRows = [...body.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((m) => m[0]);
  return { html, bodyRows, current: bodyRows.filter((row) => row.includes('aria-current="true"')) };
}

describe("TierTable", () => {
  it("renders one row per tier in ascending order with net unit prices", async () => {
    const { html, bodyRows } = await render(1);
    expect(bodyRows).toHaveLength(3);
    expect(bodyRows[0]).toContain("1–9");
    expect(bodyRows[0]).toContain("€31.90");
    expect(bodyRows[1]).toContain("10–49");
    expect(bodyRows[1]).toContain("€29.70");
    expect(bodyRows[2]).toContain("50+");
    expect(bodyRows[2]).toContain("€27.20");
    expect(html).toContain("net, excl. VAT");
    expect(html).toContain("Quantity prices for 1 kg");
  });

  it.each([
    [1, "1–9"],
    [9, "1–9"],
    [10, "10–49"],
    [49, "10–49"],
    [50, "50+"],
    [120, "50+"],
  ])("highlights exactly one tier for quantity %i: %s", async (quantity, label) => {
    const { current } = await render(quantity);
    expect(current).toHaveLength(1);
    expect(current[0]).toContain(label);
    expect(current[0]).toContain("is-current");
    expect(current[0]).toContain(`your price for ${quantity}`);
  });

  it("shows each tier's saving against the first tier", async () => {
    const { bodyRows } = await render(1);
    expect(bodyRows[0]).not.toContain("−");
    expect(bodyRows[1]).toContain("−7%"); // 29.70 vs 31.90
    expect(bodyRows[2]).toContain("−15%"); // 27.20 vs 31.90
  });

  it("names the list each tier comes from", async () => {
    const { bodyRows } = await render(1, [
      tier(1, 9, 31.9),
      { ...tier(10, null, 29.7), source_title: "Corner Café contract" },
    ]);
    expect(bodyRows[0]).toContain("Trade prices");
    expect(bodyRows[1]).toContain("Corner Café contract");
  });

  it("without a quantity, highlights the tier the backend marked current", async () => {
    const { current } = await render(undefined, [tier(1, 9, 31.9), tier(10, 49, 29.7, true), tier(50, null, 27.2)]);
    expect(current).toHaveLength(1);
    expect(current[0]).toContain("10–49");
    expect(current[0]).toContain("your price");
  });

  it("highlights nothing when no tier covers the quantity", async () => {
    const { current } = await render(5, [tier(10, null, 29.7)]);
    expect(current).toHaveLength(0);
  });

  it("renders nothing without tiers", async () => {
    const { html } = await render(1, []);
    expect(html).not.toContain("<table");
  });
});
