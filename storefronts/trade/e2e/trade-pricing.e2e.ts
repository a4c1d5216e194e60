/**
 * Trade pricing in a real browser against the whole platform (booted by the e2e globalSetup):
 * anonymous visitors get the sign-in page and no price; the trade buyer sees a lower net price for
 * Colombia Huila 1 kg than the consumer site shows; a variant sold from a minimum is priced at that
 * minimum; every trade response is private, no-store;
 * after sign-out no price is shown any more.
 */
import { emptyTradeCart, openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { tradeUrl, consumerUrl } = inject("platform");
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
const PRODUCT = "colombia-huila";
/** Any rendered money amount: "€28.10", "$ 30.00", "28,10 €", or our price data attributes. */
const PRICE = /[€$£]\s?\d|\d[.,]\d{2}\s?[€$£]|data-(?:net|rrp)-amount|data-unit-price/;

describe("trade site pricing", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const tradeDocuments: Response[] = [];

  beforeAll(async () => {
    browser = await openBrowser();
    context = await browser.newContext();
    // Both sites price for Germany (EUR, 20 % VAT), whatever the browser's language says.
    await context.addCookies([
      { name: "hc_trade_region", value: "de", url: tradeUrl },
      { name: "hc_consumer_region", value: "de", url: consumerUrl },
    ]);
    page = await context.newPage();
    page.on("response", (response) => {
      if (response.url().startsWith(tradeUrl) && response.request().resourceType() === "document") {
        tradeDocuments.push(response);
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("answers an anonymous request for a product with a redirect to sign-in that carries no price", async () => {
    const response = await fetch(`${tradeUrl}/products/${PRODUCT}`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/sign-in?next=%2Fproducts%2F${PRODUCT}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).not.toMatch(PRICE);
  });

  it("shows an anonymous visitor the sign-in page, with no price in the HTML", async () => {
    const response = await page.goto(`${tradeUrl}/products/${PRODUCT}`);
    const url = new URL(page.url());
    expect(url.pathname).toBe("/sign-in");
    expect(url.searchParams.get("next")).toBe(`/products/${PRODUCT}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/sign in/i);
    expect(await page.content()).not.toMatch(PRICE);
    // The bytes the server sent, not just the DOM the browser built from them.
    const raw = await fetch(`${tradeUrl}/sign-in?next=%2Fproducts%2F${PRODUCT}`);
    expect(raw.status).toBe(200);
    expect(await raw.text()).not.toMatch(PRICE);
  });

  it("refuses a wrong password with a clear message and no session", async () => {
    await page.getByLabel("Email address").fill(BUYER.email);
    await page.getByLabel("Password").fill("not-the-password");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(response.status()).toBe(401);
    expect(await page.getByRole("alert").first().textContent()).toContain("email address or password is incorrect");
    expect(await page.content()).not.toMatch(PRICE);
    expect((await context.cookies(tradeUrl)).some((c) => c.name === "hc_trade_session")).toBe(false);
  });

  let variantId: string;
  let tradeNet: number;

  it("signs the trade buyer in and shows the 1 kg net price, labelled net, with the RRP beside it", async () => {
    await page.getByLabel("Email address").fill(BUYER.email);
    await page.getByLabel("Password").fill(BUYER.password);
    await Promise.all([
      page.waitForURL(`**/products/${PRODUCT}`),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);

    const session = (await context.cookies(tradeUrl)).find((c) => c.name === "hc_trade_session");
    expect(session?.httpOnly).toBe(true);

    const row = page.locator("tr[data-variant-id]").filter({ has: page.locator("label", { hasText: /^1 kg$/ }) });
    expect(await row.count()).toBe(1);
    variantId = (await row.getAttribute("data-variant-id"))!;
    tradeNet = Number(await row.locator("[data-net-amount]").getAttribute("data-net-amount"));
    const rrp = Number(await row.locator("[data-rrp-amount]").getAttribute("data-rrp-amount"));
    expect(await row.textContent()).toContain("net, excl. VAT");
    expect(tradeNet).toBeGreaterThan(0);
    expect(rrp).toBeGreaterThan(tradeNet);
  });

  it("shows a lower net price than the consumer site shows for the same variant", async () => {
    const consumer = await context.newPage();
    try {
      await consumer.goto(`${consumerUrl}/products/${PRODUCT}?variant=${encodeURIComponent(variantId)}`);
      const tag = consumer.locator("main .price-tag[data-amount]").first();
      expect(await tag.getAttribute("data-currency")).toBe("eur");
      const consumerPrice = Number(await tag.getAttribute("data-amount"));
      expect(consumerPrice).toBeGreaterThan(0);
      expect(tradeNet).toBeLessThan(consumerPrice);
    } finally {
      await consumer.close();
    }
  });

  it("explains the price: RRP, net price, saving and the Trade list", async () => {
    const why = page.locator(`section[data-why-price="${variantId}"]`);
    expect(await why.locator("[data-unit-price]").getAttribute("data-unit-price")).toBe(String(tradeNet));
    expect(await why.textContent()).toContain("Trade prices");
    expect(Number(await why.locator("[data-rrp-gross]").getAttribute("data-rrp-gross"))).toBeGreaterThan(tradeNet);
    expect(await why.locator("[data-saving]").count()).toBe(1);
  });

  it("highlights the 10–49 tier for 10 units and charges the tier price in the cart", async () => {
    // The demo buyer's cart lives on the server and other specs use it too: start from an empty one,
    // so the cart holds exactly the 10 units added here.
    await emptyTradeCart(page, tradeUrl);
    await page.goto(`${tradeUrl}/products/${PRODUCT}`);
    await page.getByLabel("1 kg", { exact: true }).fill("10");
    await Promise.all([
      page.waitForURL(/quantity=10/),
      page.getByRole("button", { name: "Show prices for these quantities" }).click(),
    ]);
    const current = page.locator(`section[data-why-price="${variantId}"] .tier-table tr[aria-current="true"]`);
    expect(await current.count()).toBe(1);
    expect(await current.locator("th").textContent()).toContain("10–49");
    const tierPrice = (await current.locator("td.net").textContent())!.trim();

    await Promise.all([page.waitForURL(/added=1/), page.getByRole("button", { name: "Add selected to cart" }).click()]);
    await page.goto(`${tradeUrl}/cart`);
    const line = page.locator(`tr[data-variant-id="${variantId}"]`);
    expect(await line.locator("[data-unit-price]").textContent()).toBe(tierPrice);
    expect(await line.locator("[data-source]").textContent()).toBe("Trade prices, 10+");
    expect(await line.locator("[data-next-tier]").textContent()).toMatch(/^Order 50 for €[\d.]+ each \(40 more\)$/);
  });

  it("shows a variant sold from a minimum at the price of that minimum, with the tier table below", async () => {
    // Chemex filters: sold in cases of 6 from 12; Trade prices €8.80 from 1, €8.10 from 6.
    await page.goto(`${tradeUrl}/products/chemex-filters`);
    const row = page.locator("tr[data-variant-id]").first();
    expect(await row.locator("[data-net-amount]").getAttribute("data-net-amount")).toBe("8.1");
    expect((await row.locator("[data-priced-at]").textContent())?.trim()).toBe("each, from 12");
    expect(await row.locator("[data-rule]").textContent()).toContain("Cases of 6");
    const rowId = await row.getAttribute("data-variant-id");
    const current = page.locator(`section[data-why-price="${rowId}"] .tier-table tr[aria-current="true"]`);
    expect(await current.locator("td.net").textContent()).toContain("€8.10");
  });

  it("marks every trade response private, no-store, and sends the pages compressed", async () => {
    expect(tradeDocuments.length).toBeGreaterThan(3);
    for (const response of tradeDocuments) {
      expect(response.headers()["cache-control"], response.url()).toBe("private, no-store");
    }
    // Chromium asks for Brotli or gzip: every page with a body (not the redirects) comes back encoded.
    const pages = tradeDocuments.filter((response) => response.status() === 200);
    expect(pages.length).toBeGreaterThan(2);
    for (const response of pages) {
      expect(response.headers()["content-encoding"], response.url()).toMatch(/^(br|gzip)$/);
      expect(response.headers().vary, response.url()).toMatch(/accept-encoding/i);
    }
  });

  it("shows no price after sign-out", async () => {
    await Promise.all([page.waitForURL("**/sign-in**"), page.getByRole("button", { name: "Sign out" }).click()]);
    expect((await context.cookies(tradeUrl)).some((c) => c.name === "hc_trade_session")).toBe(false);

    for (const path of [`/products/${PRODUCT}`, "/cart", "/"]) {
      await page.goto(`${tradeUrl}${path}`);
      expect(new URL(page.url()).pathname).toBe("/sign-in");
      expect(await page.content()).not.toMatch(PRICE);
    }
  });
});
