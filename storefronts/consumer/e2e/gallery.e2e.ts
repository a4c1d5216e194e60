/**
 * Product imagery (issue 19), in a real browser: every product has several pictures with alt text
 * that says what each shows; the product page shows them in a gallery (thumbnails, the keyboard,
 * a swipe on a touch screen) with a zoom view; pictures come as AVIF/WebP sizes in a `srcset`
 * from the sites' image endpoint (Astro's sharp service), with width and height set, cached for a
 * year, and the endpoint fetches only the backend's uploads. The trade site shows the same gallery.
 */
import { openBrowser, PHONE_VIEWPORT } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { consumerUrl, tradeUrl, backendUrl } = inject("platform");
const PRODUCT = "colombia-huila";
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };

/** Which picture the gallery shows: the index of the slide whose centre is inside the strip. */
async function shownPicture(page: Page): Promise<number> {
  return page.locator("[data-gallery-viewport]").evaluate((viewport) => {
    const box = viewport.getBoundingClientRect();
    const slides = [...viewport.querySelectorAll("[data-gallery-slide]")];
    return slides.findIndex((slide) => {
      const s = slide.getBoundingClientRect();
      const centre = s.left + s.width / 2;
      return centre > box.left && centre < box.right;
    });
  });
}

/** Waits until the strip has settled on picture `index` and the thumbnails say so. */
async function expectShown(page: Page, index: number) {
  await expect.poll(() => shownPicture(page), { timeout: 5_000 }).toBe(index);
  await expect
    .poll(() => page.locator('[data-gallery-thumb][aria-current="true"]').getAttribute("data-gallery-thumb"))
    .toBe(String(index));
}

describe("product pictures", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows each product's pictures as responsive AVIF/WebP images with alt text", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${consumerUrl}/products/${PRODUCT}`);
      const slides = page.locator("[data-gallery-slide] img");
      expect(await slides.count()).toBe(3);
      const alts = await slides.evaluateAll((imgs) => imgs.map((img) => img.getAttribute("alt")));
      expect(alts).toEqual([
        "Colombia Huila: the 250 g bag, front",
        expect.stringMatching(/^Colombia Huila: the roasted beans close up/),
        "Colombia Huila: the bag on a kitchen counter beside a cup of coffee",
      ]);
      // The first picture: sources per format with several widths, the box's size set, loaded as AVIF.
      const first = page.locator("[data-gallery-slide] picture").first();
      const sources = await first.locator("source").evaluateAll((els) =>
        els.map((el) => ({
          type: el.getAttribute("type"),
          widths: (el.getAttribute("srcset") ?? "").match(/ \d+w/g)?.length ?? 0,
        })),
      );
      expect(sources).toEqual([
        { type: "image/avif", widths: 5 },
        { type: "image/webp", widths: 5 },
      ]);
      const img = first.locator("img");
      expect(await img.getAttribute("width")).toBe("640");
      expect(await img.getAttribute("height")).toBe("640");
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(300);
      const currentSrc = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
      expect(new URL(currentSrc).searchParams.get("f")).toBe("avif");

      // What the endpoint answers: AVIF, cached for a year; a revalidation with the ETag gets 304.
      const answer = await page.request.get(currentSrc);
      expect(answer.status()).toBe(200);
      expect(answer.headers()["content-type"]).toBe("image/avif");
      expect(answer.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      const again = await page.request.get(currentSrc, { headers: { "if-none-match": answer.headers().etag! } });
      expect(again.status()).toBe(304);

      // Product cards on a category page: responsive too, every picture loaded.
      await page.goto(`${consumerUrl}/categories/brewing-equipment`);
      const cards = page.locator(".product-card picture img");
      expect(await cards.count()).toBeGreaterThanOrEqual(4);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect
        .poll(() =>
          cards.evaluateAll(
            (imgs) =>
              imgs.filter((i) => !(i as HTMLImageElement).complete || !(i as HTMLImageElement).naturalWidth).length,
          ),
        )
        .toBe(0);
    } finally {
      await page.close();
    }
  });

  it("moves through the pictures with the thumbnails and the keyboard, and zooms", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${consumerUrl}/products/${PRODUCT}`);
      await expectShown(page, 0);
      await page.getByRole("link", { name: /^Picture 2 of 3: / }).click();
      await expectShown(page, 1);
      expect(await page.locator("[data-gallery-status]").textContent()).toBe("Picture 2 of 3");

      await page.getByRole("region", { name: /^Pictures of Colombia Huila/ }).focus();
      await page.keyboard.press("ArrowRight");
      await expectShown(page, 2);
      await page.keyboard.press("ArrowRight"); // the last one stays
      await expectShown(page, 2);
      await page.keyboard.press("Home");
      await expectShown(page, 0);

      // Zoom: the large picture in a dialog; "Zoom in" magnifies it; Esc closes.
      await page.locator("[data-gallery-slide] a").first().click();
      const dialog = page.getByRole("dialog", { name: "Colombia Huila: large picture" });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const large = dialog.locator("img");
      // The large size: up to 1600 px, as large as the upload (sizes are never enlarged; the demo's are 1000 px).
      await expect.poll(() => large.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1000);
      expect(new URL(await large.evaluate((el: HTMLImageElement) => el.currentSrc)).searchParams.get("w")).toBe("1600");
      expect(await large.getAttribute("alt")).toBe("Colombia Huila: the 250 g bag, front");
      const zoom = dialog.getByRole("button", { name: "Zoom in" });
      await zoom.click();
      expect(await dialog.getByRole("button", { name: "Zoom out" }).getAttribute("aria-pressed")).toBe("true");
      await expect
        .poll(() => large.evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a))
        .toBeCloseTo(2.5, 1);
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it("keeps the layout still while pictures load on a phone, and swipes between them with dots in place of thumbnails", async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
    // Layout shifts from the first paint on (the pictures arrive after the page: their box must not move anything).
    await context.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    try {
      await page.goto(`${consumerUrl}/products/${PRODUCT}`);
      await expect
        .poll(() =>
          page
            .locator("[data-gallery-slide] img")
            .first()
            .evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth),
        )
        .toBeGreaterThan(0);
      const shifted = await page.evaluate(() =>
        (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
      );
      expect(shifted, "cumulative layout shift").toBeLessThan(0.02);
      const viewport = page.locator("[data-gallery-viewport]");
      const box = (await viewport.boundingBox())!;
      // The dots: three, 24 px targets, no thumbnail pictures shown.
      const dots = page.locator("[data-gallery-thumb]");
      expect(await dots.count()).toBe(3);
      expect((await dots.first().boundingBox())!.width).toBe(24);
      expect(await page.locator("[data-gallery-thumb] picture").first().isVisible()).toBe(false);

      // A finger swipe, right to left, as touch events to the browser (its own scrolling moves the strip).
      const cdp = await context.newCDPSession(page);
      const y = Math.round(box.y + box.height / 2);
      const [from, to] = [box.x + box.width * 0.8, box.x + box.width * 0.2];
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: Math.round(from), y }] });
      for (let step = 1; step <= 10; step++) {
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: [{ x: Math.round(from + ((to - from) * step) / 10), y }],
        });
      }
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await expectShown(page, 1);
    } finally {
      await context.close();
    }
  });

  it("makes sizes of the backend's uploads only", async () => {
    const page = await browser.newPage();
    try {
      const refused = [
        `${backendUrl}/admin/products`,
        `${backendUrl}/uploads/../health`,
        "http://169.254.169.254/uploads/x.jpg",
      ];
      for (const href of refused) {
        const answer = await page.request.get(
          `${consumerUrl}/_image?href=${encodeURIComponent(href)}&w=100&h=100&f=webp`,
        );
        expect(answer.status(), href).toBe(403);
      }
    } finally {
      await page.close();
    }
  });

  it("shows the same gallery on the trade site's product page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${tradeUrl}/sign-in`);
      await page.getByLabel("Email address").fill(BUYER.email);
      await page.getByLabel("Password").fill(BUYER.password);
      await Promise.all([
        page.waitForURL((url) => url.pathname === "/"),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      await page.goto(`${tradeUrl}/products/${PRODUCT}`);
      expect(await page.locator("[data-gallery-slide] img").count()).toBe(3);
      const first = page.locator("[data-gallery-slide] img").first();
      await expect
        .poll(() => first.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(200);
      await page.getByRole("link", { name: /^Picture 3 of 3: / }).click();
      await expectShown(page, 2);
      // The catalog's thumbnails come through the same endpoint.
      await page.goto(`${tradeUrl}/categories/coffee-beans`);
      const thumbs = page.locator("img.thumb");
      expect(await thumbs.count()).toBeGreaterThan(3);
      expect(await thumbs.first().evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname)).toBe("/_image");
    } finally {
      await page.close();
    }
  });
});
