// Checks the harness itself: the provided URLs answer and the system Chromium can load a page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "../src/browser.ts";

describe("e2e harness", () => {
  const platform = inject("platform");
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("provides a backend that is healthy and serves the admin", async () => {
    expect((await fetch(`${platform.backendUrl}/health`)).status).toBe(200);
    expect((await fetch(platform.adminUrl)).status).toBe(200);
  });

  it("provides a consumer site that a real browser can load", async () => {
    const page = await browser.newPage();
    const response = await page.goto(platform.consumerUrl);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBeTruthy();
    await page.close();
  });

  it("provides a trade site wired to the same backend", async () => {
    const response = await fetch(platform.tradeUrl, { redirect: "manual" });
    expect(response.status).toBeLessThan(500);
  });
});
