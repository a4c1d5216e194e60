/**
 * The trade site on a phone (issue 19), in a real browser at 390 × 844: every page type fits the
 * screen (the document is never wider than the viewport: nothing scrolls sideways) with no serious
 * or critical axe-core finding, signed out and signed in, with a filled quick order pad and a cart
 * with lines; tables become labelled rows. On a tablet (768 and 1000 px wide) the pages with the
 * widest tables fit too.
 */
import { accessibilityProblems, emptyTradeCart, openBrowser, PHONE_VIEWPORT, pageFit } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { tradeUrl } = inject("platform");
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
const PAD = ["COLOMBIA-HUILA-1KG;10", "HARIO-V60-DRIPPER;6", "AEROPRESS-ORIGINAL;1"].join("\n");

/** Expects the page now open to fit a phone's width, naming what sticks out when it does not. */
async function expectFits(page: Page, path: string) {
  expect(await pageFit(page, path)).toEqual({ path, documentWidth: PHONE_VIEWPORT.width, overflowing: [] });
  expect({ path, problems: await accessibilityProblems(page) }).toEqual({ path, problems: [] });
}

async function visitAndExpectFits(page: Page, path: string) {
  const response = await page.goto(`${tradeUrl}${path}`);
  expect(response?.status(), path).toBeLessThan(500);
  expect(new URL(page.url()).pathname, `${path} was not redirected`).toBe(new URL(`${tradeUrl}${path}`).pathname);
  await expectFits(page, path);
}

describe("trade site on a phone (390 × 844)", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    if (page) await emptyTradeCart(page, tradeUrl).catch(() => undefined);
    await browser?.close();
  });

  it("fits the public pages: sign-in, application, password reset and the legal pages", {
    timeout: 120_000,
  }, async () => {
    const visitor = await browser.newContext({ viewport: PHONE_VIEWPORT });
    const anonymous = await visitor.newPage();
    try {
      for (const path of ["/sign-in", "/apply", "/forgot-password", "/pages/trade-terms", "/pages/imprint"]) {
        await visitAndExpectFits(anonymous, path);
      }
      // The legal pages are public and linked in the footer; the articles still need a sign-in.
      const legal = anonymous.getByRole("navigation", { name: "Legal" });
      expect(await legal.getByRole("link").allTextContents()).toEqual([
        "Imprint",
        "Privacy notice",
        "Trade terms of sale",
      ]);
      await anonymous.goto(`${tradeUrl}/pages/our-roastery`);
      expect(new URL(anonymous.url()).pathname).toBe("/sign-in");
    } finally {
      await visitor.close();
    }
  });

  it("fits every signed-in page type, with a checked order pad and a cart with lines", {
    timeout: 300_000,
  }, async () => {
    context = await browser.newContext({ viewport: PHONE_VIEWPORT });
    await context.addCookies([{ name: "hc_trade_region", value: "de", url: tradeUrl }]);
    page = await context.newPage();
    await page.goto(`${tradeUrl}/sign-in`);
    await page.getByLabel("Email address").fill(BUYER.email);
    await page.getByLabel("Password").fill(BUYER.password);
    await Promise.all([page.waitForURL(`${tradeUrl}/`), page.getByRole("button", { name: "Sign in" }).click()]);
    await emptyTradeCart(page, tradeUrl);

    // Quick order: three pasted lines, checked (the table of priced lines), then added to the cart.
    await page.goto(`${tradeUrl}/quick-order`);
    await page.getByLabel("Paste lines of sku,quantity").fill(PAD);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/quick-order"),
      page.getByRole("button", { name: "Check prices" }).click(),
    ]);
    await page.waitForLoadState();
    expect(await page.locator("tr[data-line][data-sku]").count()).toBe(3);
    await expectFits(page, "/quick-order (checked)");
    // Each cell of a stacked row is labelled with its column.
    const labels = await page
      .locator("tr[data-line][data-sku]")
      .first()
      .locator("td[data-label]")
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-label")));
    expect(labels).toEqual(expect.arrayContaining(["SKU", "Quantity"]));
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/quick-order"),
      page.getByRole("button", { name: "Add all to cart" }).click(),
    ]);
    await page.waitForLoadState();

    for (const path of [
      "/",
      "/categories/coffee-beans",
      "/products/ethiopia-yirgacheffe",
      "/products/colombia-huila",
      "/search?q=coffee",
      "/cart",
      "/checkout",
      "/orders",
      "/quotes",
      "/approvals",
      "/account/company",
      "/account/team",
      "/account/addresses",
      "/account/approval-rules",
      "/pages/our-roastery",
      "/pages/contact",
    ]) {
      await visitAndExpectFits(page, path);
    }
    // The cart's lines are there, as stacked rows.
    await page.goto(`${tradeUrl}/cart`);
    expect(await page.getByRole("button", { name: /^Remove/ }).count()).toBe(3);
  });

  it("fits a tablet, upright and on its side, on the pages with the widest tables", { timeout: 120_000 }, async () => {
    // Still signed in, with the cart of the test above.
    for (const width of [768, 1000]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [
        "/",
        "/products/colombia-huila",
        "/quick-order",
        "/cart",
        "/orders",
        "/account/team",
        "/quotes",
      ]) {
        await page.goto(`${tradeUrl}${path}`);
        expect(await pageFit(page, `${path} at ${width} px`)).toEqual({
          path: `${path} at ${width} px`,
          documentWidth: width,
          overflowing: [],
        });
      }
    }
  });
});
