/**
 * The consumer site in a real browser against the whole platform (booted by the e2e
 * globalSetup): a guest buys a product (product page -> cart -> details -> delivery -> payment
 * -> review) and sees the order number, which another browser opening the same link cannot
 * (404: only the browser that placed an order sees its confirmation); bad input gets a message beside the field; an unknown
 * product gets the 404 page; checkout with an empty cart says so.
 */
import { accessibilityProblems, openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { consumerUrl } = inject("platform");
const PRODUCT = { handle: "colombia-huila", title: "Colombia Huila" };

async function newGuest(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "en-GB" });
  // Shop in Germany (EUR, 20 % VAT) whatever the browser's language says.
  await context.addCookies([{ name: "hc_consumer_region", value: "de", url: consumerUrl }]);
  return { context, page: await context.newPage() };
}

describe("consumer site", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lets a guest buy a product and shows the order number", { timeout: 180_000 }, async () => {
    const { context, page } = await newGuest(browser);
    try {
      // Home -> product.
      const home = await page.goto(consumerUrl);
      expect(home?.status()).toBe(200);
      await page.getByRole("link", { name: PRODUCT.title, exact: true }).first().click();
      await page.waitForURL(`**/products/${PRODUCT.handle}**`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(PRODUCT.title);
      const price = page.locator("main .price-tag[data-amount]").first();
      expect(await price.textContent()).toContain("incl. VAT");

      // Choose the 1 kg size (a link, no JavaScript needed), then add two to the cart.
      await page.getByRole("link", { name: /^1 kg/ }).click();
      await page.waitForURL(/variant=/);
      await page.getByLabel(/^Quantity/).fill("2");
      await Promise.all([
        page.waitForURL("**/cart?added=1"),
        page.getByRole("button", { name: /^Add .*to cart$/ }).click(),
      ]);
      expect(await page.locator("main table").textContent()).toContain(PRODUCT.title);
      expect((await context.cookies(consumerUrl)).find((c) => c.name === "hc_consumer_cart")?.httpOnly).toBe(true);

      // Details: an invalid email is refused with a message beside the field, nothing moves on.
      await page.getByRole("link", { name: "Check out" }).click();
      await page.waitForURL("**/checkout");
      await page.getByLabel(/^Email/).fill("not-an-email");
      await page.getByLabel(/^First name/).fill("Ada");
      await page.getByLabel(/^Last name/).fill("Lovelace");
      await page.getByLabel(/^Street and house number/).fill("Hauptstraße 1");
      await page.getByLabel(/^Postal code/).fill("10115");
      await page.getByLabel(/^Town or city/).fill("Berlin");
      await page.getByLabel(/^Country/).selectOption("de");
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/checkout")),
        page.getByRole("button", { name: "Continue to delivery" }).click(),
      ]);
      expect(refused.status()).toBe(422);
      expect(new URL(page.url()).pathname).toBe("/checkout");
      const emailError = await page.getByLabel(/^Email/).getAttribute("aria-describedby");
      expect(await page.locator(`[id="${emailError?.split(" ").at(-1)}"]`).textContent()).toContain(
        "valid email address",
      );
      expect(await page.getByLabel(/^Town or city/).inputValue()).toBe("Berlin");

      await page.getByLabel(/^Email/).fill("ada.guest@example.com");
      await Promise.all([
        page.waitForURL("**/checkout/shipping"),
        page.getByRole("button", { name: "Continue to delivery" }).click(),
      ]);

      // Delivery -> payment (system provider) -> review.
      await page.getByRole("radio", { name: /Standard delivery/ }).check();
      await Promise.all([
        page.waitForURL("**/checkout/payment"),
        page.getByRole("button", { name: "Continue to payment" }).click(),
      ]);
      await page.getByRole("radio", { name: /Pay on invoice/ }).check();
      await Promise.all([
        page.waitForURL("**/checkout/review"),
        page.getByRole("button", { name: "Review your order" }).click(),
      ]);
      // The review step, with its terms to accept, has no serious or critical axe-core finding.
      expect(await accessibilityProblems(page)).toEqual([]);
      const review = await page.locator("main").textContent();
      expect(review).toContain("ada.guest@example.com");
      expect(review).toContain("Standard delivery");
      expect(review).toContain(`2 × ${PRODUCT.title} (1 kg)`);

      // The terms must be accepted: the browser asks first, and the server refuses a form sent
      // without the tick (validation switched off, as a script would) — nothing is ordered.
      const terms = page.getByRole("checkbox", { name: /I have read and accept the Terms and conditions/ });
      expect(await terms.isChecked()).toBe(false);
      expect(
        await page
          .getByRole("link", { name: /^Terms and conditions/ })
          .first()
          .getAttribute("href"),
      ).toBe("/pages/terms");
      await page.getByRole("button", { name: "Place order" }).click();
      expect(new URL(page.url()).pathname).toBe("/checkout/review");
      expect(await terms.evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(true);
      await page.locator("form:has(#accept-terms)").evaluate((form: HTMLFormElement) => {
        form.noValidate = true;
      });
      const [termsRefused] = await Promise.all([
        page.waitForResponse(
          (response) => response.url().endsWith("/checkout/review") && response.request().method() === "POST",
        ),
        page.getByRole("button", { name: "Place order" }).click(),
      ]);
      expect(termsRefused.status()).toBe(400);
      expect(await page.getByRole("alert").textContent()).toContain(
        "Please accept the Terms and conditions to place your order.",
      );
      expect((await context.cookies(consumerUrl)).some((c) => c.name === "hc_consumer_cart")).toBe(true);

      // Place the order -> confirmation with the order number; the cart is gone.
      await terms.check();
      await Promise.all([
        page.waitForURL("**/order/confirmed/**"),
        page.getByRole("button", { name: "Place order" }).click(),
      ]);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/thank you/i);
      expect((await page.getByTestId("order-number").textContent())?.trim()).toMatch(/^#\d+$/);
      expect((await context.cookies(consumerUrl)).some((c) => c.name === "hc_consumer_cart")).toBe(false);

      // Only the browser that placed the order sees it: the same page reloads, while another
      // browser with the link (no order-access cookie, or a cookie copied without its signature)
      // gets the 404 page and nothing of the order.
      const confirmation = page.url();
      expect((await page.reload())?.status()).toBe(200);
      const access = (await context.cookies(consumerUrl)).find((c) => c.name === "hc_consumer_orders");
      expect(access).toMatchObject({ httpOnly: true, sameSite: "Lax" });
      const stranger = await newGuest(browser);
      try {
        const response = await stranger.page.goto(confirmation);
        expect(response?.status()).toBe(404);
        const html = await stranger.page.content();
        expect(html).not.toContain("ada.guest@example.com");
        expect(html).not.toMatch(/thank you/i);
        const orderId = new URL(confirmation).pathname.split("/").at(-1)!;
        await stranger.context.addCookies([
          { name: "hc_consumer_orders", value: `${orderId}.forged`, url: consumerUrl },
        ]);
        expect((await stranger.page.goto(confirmation))?.status()).toBe(404);
      } finally {
        await stranger.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it("sends pages compressed when asked, plain when not, and hashed assets as immutable", async () => {
    const get = (path: string, acceptEncoding: string) =>
      fetch(`${consumerUrl}${path}`, {
        headers: { "accept-encoding": acceptEncoding, cookie: "hc_consumer_region=de" },
      });
    const br = await get(`/products/${PRODUCT.handle}`, "gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    const html = await br.text(); // fetch decodes it
    expect(html).toContain(PRODUCT.title);
    // Sorted by name: the product is on the first page whatever order "newest" gives products
    // created in the same second.
    const gzip = await get("/categories/coffee-beans?sort=name", "gzip");
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toContain(PRODUCT.title);
    const plain = await get("/categories/coffee-beans?sort=name", "identity");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toContain(PRODUCT.title);

    const stylesheet = html.match(/\/_astro\/[\w.-]+\.css/)?.[0];
    expect(stylesheet).toBeDefined();
    const asset = await fetch(`${consumerUrl}${stylesheet}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("lets a CDN share catalog and content pages of visitors without cookies, and keeps the rest private", async () => {
    const fresh = (path: string, cookie?: string) =>
      fetch(`${consumerUrl}${path}`, {
        headers: { "accept-language": "de-DE,de;q=0.9", ...(cookie ? { cookie } : {}) },
        redirect: "manual",
      });
    // Product pages too: "recently viewed" is written by the page's script in the browser, not by the answer.
    for (const path of [
      "/",
      "/categories/coffee-beans",
      `/products/${PRODUCT.handle}`,
      "/pages/our-roastery",
      "/search?q=kenya",
    ]) {
      const shared = await fresh(path);
      expect([path, shared.status, shared.headers.get("set-cookie")]).toEqual([path, 200, null]);
      expect(shared.headers.get("cache-control"), path).toBe(
        "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
      );
      expect(shared.headers.get("vary"), path).toMatch(/accept-language/i);
    }
    // A cart, a sign-in, a chosen country: the page may show them, so no shared copy.
    expect((await fresh("/categories/coffee-beans", "hc_consumer_region=de")).headers.get("cache-control")).toBe(
      "private, no-cache",
    );
    // A returning visitor brings their recently viewed products: their product page is their own.
    expect(
      (await fresh(`/products/${PRODUCT.handle}`, "hc_consumer_recent=chemex-6-cup")).headers.get("cache-control"),
    ).toBe("private, no-cache");
    // The rest stays private (sign-in keeps its own stricter no-store).
    for (const path of ["/cart", "/sign-in", "/no-such-page"]) {
      expect((await fresh(path)).headers.get("cache-control"), path).toMatch(/^private, no-(cache|store)$/);
    }
  });

  it("remembers the products a shopper viewed, most recent first, without the server setting a cookie", async () => {
    const { context, page } = await newGuest(browser);
    try {
      const answers: (string | undefined)[] = [];
      page.on("response", (r) => {
        if (new URL(r.url()).pathname.startsWith("/products/")) answers.push(r.headers()["set-cookie"]);
      });
      // Neither is in the product's story, its category or (in this run's orders) bought with it.
      for (const handle of ["airtight-storage-canister", "ceramic-cup-set", PRODUCT.handle]) {
        await page.goto(`${consumerUrl}/products/${handle}`);
      }
      expect(answers).toEqual([undefined, undefined, undefined]);
      const recent = page.getByRole("region", { name: "Recently viewed" });
      expect(await recent.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
        "Ceramic Cup Set (2)",
        "Airtight Storage Canister",
      ]);
      const cookie = (await context.cookies(consumerUrl)).find((c) => c.name === "hc_consumer_recent");
      expect(cookie?.value).toBe(`${PRODUCT.handle},ceramic-cup-set,airtight-storage-canister`);
      expect(cookie?.sameSite).toBe("Lax");
    } finally {
      await context.close();
    }
  });

  it("shows the 404 page for an unknown product", async () => {
    const { context, page } = await newGuest(browser);
    try {
      const response = await page.goto(`${consumerUrl}/products/no-such-coffee`);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/couldn.t find that page/i);
      expect(await page.content()).not.toMatch(/at .*\.(ts|js|mjs):\d+/); // no stack trace
    } finally {
      await context.close();
    }
  });

  it("tells a guest with an empty cart that there is nothing to check out", async () => {
    const { context, page } = await newGuest(browser);
    try {
      await page.goto(`${consumerUrl}/checkout`);
      expect(new URL(page.url()).pathname).toBe("/cart");
      expect(await page.getByRole("alert").first().textContent()).toContain("Your cart is empty");
    } finally {
      await context.close();
    }
  });
});
