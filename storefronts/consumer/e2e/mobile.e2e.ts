/**
 * The consumer site on a phone (issue 19), in a real browser at 390 × 844: every page type, signed
 * out and signed in, fits the screen (the document is never wider than the viewport: nothing
 * scrolls sideways) with no serious or critical axe-core finding; the header takes at most 120 px;
 * and on a product page "Add to cart" is on the first screen, without scrolling, and works.
 */
import { accessibilityProblems, openBrowser, PHONE_VIEWPORT, pageFit } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { consumerUrl } = inject("platform");
const PRODUCT = "colombia-huila";
const PRODUCTS = ["ethiopia-yirgacheffe", PRODUCT, "house-espresso-blend"];
const HEADER_MAX = 120;

/** Opens `path` and expects it to fit a phone's width, naming what sticks out when it does not. */
async function expectFits(page: Page, path: string) {
  const response = await page.goto(`${consumerUrl}${path}`);
  expect(response?.status(), path).toBeLessThan(500);
  expect(await pageFit(page, path)).toEqual({ path, documentWidth: PHONE_VIEWPORT.width, overflowing: [] });
  expect({ path, problems: await accessibilityProblems(page) }).toEqual({ path, problems: [] });
  const header = await page.locator("header.site-header").boundingBox();
  expect(header?.height ?? Infinity, `${path}: header height`).toBeLessThanOrEqual(HEADER_MAX);
}

describe("consumer site on a phone (390 × 844)", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("puts Add to cart on the first screen of every product page, and it adds", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: "en-GB" });
    await context.addCookies([{ name: "hc_consumer_region", value: "de", url: consumerUrl }]);
    const page = await context.newPage();
    try {
      for (const handle of PRODUCTS) {
        await page.goto(`${consumerUrl}/products/${handle}`);
        const add = page.getByRole("button", { name: /^Add .*to cart$/ });
        const box = await add.boundingBox();
        expect(box, handle).not.toBeNull();
        expect(box!.y + box!.height, `${handle}: bottom of Add to cart`).toBeLessThanOrEqual(PHONE_VIEWPORT.height);
        expect(await add.isVisible()).toBe(true);
      }
      // Without scrolling: the click lands where it is.
      await Promise.all([
        page.waitForURL("**/cart?added=1"),
        page.getByRole("button", { name: /^Add .*to cart$/ }).click(),
      ]);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/cart/i);
      // The header still names the cart and its count for screen readers, though it shows the count only.
      expect(await page.getByRole("link", { name: /^Cart \d+ items?$/ }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("fits every page type signed out, with a cart", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: "en-GB" });
    await context.addCookies([{ name: "hc_consumer_region", value: "de", url: consumerUrl }]);
    const page = await context.newPage();
    try {
      await page.goto(`${consumerUrl}/products/${PRODUCT}`);
      await Promise.all([
        page.waitForURL("**/cart?added=1"),
        page.getByRole("button", { name: /^Add .*to cart$/ }).click(),
      ]);
      for (const path of [
        "/",
        "/categories/coffee-beans",
        ...PRODUCTS.map((handle) => `/products/${handle}`),
        "/search?q=coffee",
        "/cart",
        "/checkout",
        "/pages/our-roastery",
        "/sign-in",
        "/sign-up",
        "/forgot-password",
        "/no-such-page",
      ]) {
        await expectFits(page, path);
      }
    } finally {
      await context.close();
    }
  });

  it("fits the account pages signed in", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: "en-GB" });
    const page = await context.newPage();
    try {
      // A new account (the demo shopper's password is changed by the password-reset spec).
      await page.goto(`${consumerUrl}/sign-up`);
      await page.getByLabel(/^First name/).fill("Mia");
      await page.getByLabel(/^Last name/).fill("Mobil");
      await page.getByLabel(/^Email address/).fill(`mia.${Date.now().toString(36)}@phone.example`);
      await page.getByLabel(/^Password/).fill("a-long-password");
      await Promise.all([
        page.waitForURL("**/account?welcome"),
        page.getByRole("button", { name: "Create account" }).click(),
      ]);
      for (const path of ["/account", "/account/orders", "/account/addresses", "/account/delete", "/"]) {
        await expectFits(page, path);
      }
    } finally {
      await context.close();
    }
  });
});
