/**
 * Quick order end to end, in a real browser against the whole platform (booted by the e2e
 * globalSetup): the demo buyer (admin of "Corner Café", on account) finds a SKU through the
 * typeahead, pastes a 20-line `sku,quantity` CSV, checks it and sees every line priced with its
 * list and quantity tier, and a quantity rule error on the Chemex filters line (the seed sells them
 * in cases of 6 from 12 up to 60, backend/data/catalog.json); "Add all to cart" with that error adds
 * nothing; the buyer fixes the line, adds all 20 lines in one go, checks out on account with a PO
 * number, and the order shows the 20 lines.
 */
import { accessibilityProblems, emptyTradeCart, openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { tradeUrl } = inject("platform");
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
/** Unique per run, so the spec also passes against a kept database (E2E_DATABASE_URL). */
const PO_NUMBER = `QO-${Date.now().toString(36).toUpperCase()}`;
const RULE_SKU = "CHEMEX-FILTERS";

/**
 * The pasted list, with the seed's Trade price (EUR, net) each line should get and the tier it
 * comes from: 1 kg beans at 10+ get the 10+ tier; equipment from 6 the 6+ tier. Small quantities
 * keep the order well inside Corner Café's €5,000 credit.
 */
const LINES: Array<{ sku: string; quantity: number; price?: number; tier?: string }> = [
  { sku: "COLOMBIA-HUILA-1KG", quantity: 10, price: 26.2, tier: "Trade prices, 10+" },
  { sku: "ETHIOPIA-YIRGACHEFFE-1KG", quantity: 10, price: 29.7, tier: "Trade prices, 10+" },
  { sku: "KENYA-NYERI-AA-1KG", quantity: 10, price: 34.5, tier: "Trade prices, 10+" },
  { sku: "BRAZIL-CERRADO-1KG", quantity: 2, price: 24.2, tier: "Trade prices" },
  { sku: "HOUSE-ESPRESSO-BLEND-1KG", quantity: 3, price: 25.5, tier: "Trade prices" },
  { sku: "ETHIOPIA-GUJI-NATURAL-250G", quantity: 6, price: 10.5 },
  { sku: "COLOMBIA-HUILA-250G", quantity: 6, price: 8.6 },
  { sku: "GUATEMALA-ANTIGUA-250G", quantity: 4, price: 9 },
  { sku: "COSTA-RICA-TARRAZU-250G", quantity: 4, price: 9.4 },
  { sku: "RWANDA-NYAMASHEKE-250G", quantity: 4, price: 10.1 },
  { sku: "SUMATRA-MANDHELING-250G", quantity: 4, price: 8.6 },
  { sku: "PERU-CAJAMARCA-250G", quantity: 4, price: 8.2 },
  { sku: "EL-SALVADOR-PACAMARA-250G", quantity: 4, price: 10.9 },
  { sku: "NIGHT-OWL-DARK-ROAST-250G", quantity: 6, price: 7.4 },
  { sku: "HARIO-V60-DRIPPER", quantity: 6, price: 16.3, tier: "Trade prices, 6+" },
  { sku: "AEROPRESS-ORIGINAL", quantity: 1, price: 27.2 },
  { sku: "GOOSENECK-KETTLE", quantity: 1, price: 31.2 },
  { sku: "DIGITAL-BREW-SCALE", quantity: 1, price: 33.6 },
  { sku: RULE_SKU, quantity: 10 },
  { sku: "MOKA-POT-6-CUP", quantity: 2, price: 25.6 },
];
const RULE_LINE = LINES.findIndex((l) => l.sku === RULE_SKU) + 1;
/** As a spreadsheet exports it: a header row, semicolons, Windows line ends. */
const CSV = ["SKU;Quantity", ...LINES.map((l) => `${l.sku};${l.quantity}`)].join("\r\n");

/** Submits the quick order form with one of its buttons; resolves with the POST's status once its page has loaded. */
async function submit(page: Page, button: "Check prices" | "Add all to cart"): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/quick-order"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

describe("quick order: paste 20 lines, fix a rule error, check out on account", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    // The buyer's cart follows them across browsers (kept on the server): the quick order's lines
    // are counted from an empty cart, emptied after sign-in.
    const context = await browser.newContext();
    await context.addCookies([{ name: "hc_trade_region", value: "de", url: tradeUrl }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("signs the buyer in and opens quick order from the navigation", async () => {
    await page.goto(`${tradeUrl}/sign-in`);
    await page.getByLabel("Email address").fill(BUYER.email);
    await page.getByLabel("Password").fill(BUYER.password);
    await Promise.all([page.waitForURL(`${tradeUrl}/`), page.getByRole("button", { name: "Sign in" }).click()]);
    await emptyTradeCart(page, tradeUrl);
    await page.goto(`${tradeUrl}/`);
    // The buyer's company buys in EUR: the header offers only countries priced in EUR (no USD
    // cart that the company's address and the order boundary would refuse later).
    const countries = await page.getByLabel("Prices for").locator("option").allTextContents();
    expect(countries.length).toBeGreaterThan(1);
    expect(countries.filter((country) => !country.trim().endsWith("(EUR)"))).toEqual([]);
    await Promise.all([
      page.waitForURL("**/quick-order"),
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quick order" }).click(),
    ]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Quick order");
    expect(await page.locator("tr[data-line]").count()).toBe(5);
  });

  it("suggests SKUs as the buyer types a product name", async () => {
    await page.getByLabel("SKU, line 1", { exact: true }).pressSequentially("chemex", { delay: 30 });
    const option = page.locator(`#sku-options option[value="${RULE_SKU}"]`);
    await option.waitFor({ state: "attached", timeout: 10_000 });
    expect(await option.getAttribute("label")).toContain("Cases of 6 · min 12 · max 60");
    await page.getByLabel("SKU, line 1", { exact: true }).fill("");
  });

  it("checks a pasted 20-line CSV: every line priced with its list and tier, one rule error, nothing added", async () => {
    await page.getByLabel("Paste lines of sku,quantity").fill(CSV);
    expect(await submit(page, "Check prices")).toBe(400);

    const rows = page.locator("tr[data-line][data-sku]");
    expect(await rows.count()).toBe(20);
    for (const [index, line] of LINES.entries()) {
      const row = page.locator(`tr[data-line="${index + 1}"]`);
      expect(await row.getAttribute("data-sku"), `line ${index + 1}`).toBe(line.sku);
      expect(await row.locator('input[name="quantity"]').inputValue()).toBe(String(line.quantity));
      if (line.price === undefined) continue;
      expect(Number(await row.locator("[data-unit-price]").getAttribute("data-unit-price")), line.sku).toBe(line.price);
      if (line.tier) expect(await row.locator("[data-source]").textContent(), line.sku).toBe(line.tier);
      expect(await row.locator("[data-error]").count(), line.sku).toBe(0);
    }

    const ruleRow = page.locator(`tr[data-line="${RULE_LINE}"]`);
    expect(await ruleRow.locator('[data-error="quantity"]').textContent()).toMatch(
      new RegExp(`SKU ${RULE_SKU} is sold in multiples of 6 from 12 up to 60.*nearest allowed: 12`),
    );
    expect(await ruleRow.locator("[data-rule]").textContent()).toBe("Cases of 6 · min 12 · max 60");
    expect(await page.getByRole("alert").first().textContent()).toContain("1 of 20 lines need attention");
    // 20 priced lines and a rule error on one: no serious or critical axe-core finding.
    expect(await accessibilityProblems(page)).toEqual([]);
    // The paste box is empty: its lines are the editable rows now.
    expect(await page.getByLabel("Paste lines of sku,quantity").inputValue()).toBe("");
  });

  it("adds nothing while a line has an error", async () => {
    expect(await submit(page, "Add all to cart")).toBe(400);
    expect(await page.locator(`tr[data-line="${RULE_LINE}"] [data-error="quantity"]`).count()).toBe(1);
    expect(await page.locator("tr[data-line][data-sku]").count()).toBe(20);

    const cart = await page.context().newPage();
    try {
      await cart.goto(`${tradeUrl}/cart`);
      expect(await cart.locator("tr[data-line-id]").count()).toBe(0);
    } finally {
      await cart.close();
    }
  });

  it("adds all 20 lines in one go once the line is fixed", async () => {
    await page.getByLabel(`Quantity, line ${RULE_LINE}`, { exact: true }).fill("12");
    await Promise.all([
      page.waitForURL("**/cart?added=20"),
      page.getByRole("button", { name: "Add all to cart" }).click(),
    ]);
    expect(await page.getByRole("status").first().textContent()).toContain("20 lines added to your cart.");
    expect(await page.locator("tr[data-line-id]").count()).toBe(20);

    const huila = page.locator('tr[data-sku="COLOMBIA-HUILA-1KG"]');
    expect(await huila.locator("[data-unit-price]").getAttribute("data-unit-price")).toBe("26.2");
    expect(await huila.locator("[data-source]").textContent()).toBe("Trade prices, 10+");
    const filters = page.locator(`tr[data-sku="${RULE_SKU}"]`);
    expect(await filters.locator('input[name="quantity"]').inputValue()).toBe("12");
    expect(await filters.locator("[data-rule]").textContent()).toBe("Cases of 6 · min 12 · max 60");
  });

  it("checks out on account with a PO number, and the order shows the 20 lines", async () => {
    await Promise.all([page.waitForURL("**/checkout"), page.getByRole("link", { name: "Checkout" }).click()]);
    expect(await page.getByRole("radio", { name: /On account/ }).isChecked()).toBe(true);
    await page.getByLabel("PO number").fill(PO_NUMBER);
    await Promise.all([
      page.waitForURL(/\/checkout\/review\?payment=on-account/),
      page.getByRole("button", { name: "Continue to review" }).click(),
    ]);
    expect(await page.locator("[data-po-number]").textContent()).toBe(PO_NUMBER);
    await Promise.all([
      page.waitForURL(/\/orders\/[^/?]+\?placed=1/, { timeout: 30_000 }),
      page.getByRole("button", { name: "Place order" }).click(),
    ]);

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Thank you for your order");
    expect(await page.locator("[data-po-number]").textContent()).toBe(PO_NUMBER);
    const items = page.locator("table:has(caption:text-is('Items')) tbody tr");
    expect(await items.count()).toBe(20);
    expect(await page.locator("table:has(caption:text-is('Items'))").textContent()).toContain("Chemex");
  });
});
