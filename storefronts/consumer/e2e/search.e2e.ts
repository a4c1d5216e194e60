/**
 * Catalog search in a real browser against the whole platform: typeahead in the header, a search
 * with a typo that still finds the product, a facet that narrows the results (and the back button
 * that undoes it), then the product page showing its story from the shared content.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { consumerUrl } = inject("platform");
const PRODUCT = { handle: "ethiopia-yirgacheffe", title: "Ethiopia Yirgacheffe" };
/** The story's title, read from the shared content so the test follows an editor's change. */
const storyTitle = (() => {
  const source = readFileSync(path.resolve(__dirname, `../../../content/stories/${PRODUCT.handle}.md`), "utf8");
  return source.match(/^title:\s*"?(.+?)"?\s*$/m)![1];
})();

describe("consumer search", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("typo -> facet -> product page with its story", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    await context.addCookies([{ name: "hc_consumer_region", value: "de", url: consumerUrl }]);
    const page = await context.newPage();
    try {
      await page.goto(consumerUrl);
      const box = page.getByRole("combobox", { name: "Search the catalog" });

      // Typeahead (progressive enhancement): the product shows up while typing.
      await box.fill("ethio");
      await expect
        .poll(() => page.getByRole("option", { name: PRODUCT.title }).count(), { timeout: 15_000 })
        .toBeGreaterThan(0);

      // A typo, submitted with Enter like any form: the product is still found.
      await box.fill("yirgachefe");
      await Promise.all([page.waitForURL("**/search?q=yirgachefe"), box.press("Enter")]);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Results for “yirgachefe”");
      expect(await page.locator(".search-notice").textContent()).toContain("Showing results for “yirgacheffe”");
      const results = page.getByRole("list", { name: "Search results" });
      expect(await results.getByRole("link", { name: new RegExp(PRODUCT.title) }).count()).toBeGreaterThan(0);

      // A facet narrows the results; the URL keeps query and filter; Back undoes it.
      const roast = page
        .getByRole("navigation", { name: "Filter results" })
        .getByRole("link", { name: /^light \(\d+\)$/ });
      await Promise.all([page.waitForURL(/option%5Broast%5D=light/), roast.click()]);
      expect(new URL(page.url()).searchParams.get("q")).toBe("yirgachefe");
      expect(await page.locator('.search-facets a[aria-current="true"]').textContent()).toContain("light");
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes("option"));
      await page.goForward();
      await page.waitForURL(/option%5Broast%5D=light/);

      // Open the product: its story from the shared content is on the page.
      await Promise.all([
        page.waitForURL(`**/products/${PRODUCT.handle}**`),
        page
          .getByRole("list", { name: "Search results" })
          .getByRole("link", { name: new RegExp(PRODUCT.title) })
          .first()
          .click(),
      ]);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(PRODUCT.title);
      expect(await page.locator("#story-title").textContent()).toBe(storyTitle);
    } finally {
      await context.close();
    }
  });

  it("an empty result offers popular categories; bad parameters still render", { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${consumerUrl}/search?q=qqxxzzvv&sort=cheapest&page=abc`);
      expect(response?.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 2, name: /Nothing matches/ }).count()).toBe(1);
      expect(await page.getByRole("link", { name: /^Coffee beans \(\d+\)$/ }).count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
