/**
 * Content publishes without a build: a page an editor saves into the shared content folder (the
 * folder both running sites read, HC_CONTENT_DIR; the editor writes there) shows on the consumer
 * and the trade site — as a page and in the footer — within the live collections' refresh, with
 * no command typed and no restart; an edit follows, and setting it back to draft takes it down.
 * The merchant's admin lists it on its Content page, live on both sites, with a link into the editor.
 */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openBrowser, signInToAdmin } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import { afterAll, describe, expect, inject, it } from "vitest";

const { consumerUrl, tradeUrl, contentDir, adminUrl } = inject("platform");
const MERCHANT = { email: "admin@example.com", password: "hybrid-demo" };
const SLUG = `live-publish-${Date.now().toString(36)}`;
const FILE = path.join(contentDir, "pages", `${SLUG}.md`);

/** What the editor saves: a service page (public on the trade site, linked in both footers). */
function save(fields: { title: string; status: "published" | "draft" }): void {
  writeFileSync(
    FILE,
    `---
title: ${fields.title}
description: Opening hours of the roastery shop over the holidays.
sites: [consumer, trade]
footer: help
publishedAt: 2026-12-07
status: ${fields.status}
---

The shop is open from **9:00 to 14:00** between the holidays.
`,
  );
}

/** Polls a page until `expected` holds for its status and HTML; gives up after the 60 s the sites promise. */
async function eventually(url: string, expected: (status: number, html: string) => boolean): Promise<number> {
  const started = Date.now();
  for (;;) {
    const response = await fetch(url, { redirect: "manual" });
    const html = await response.text();
    if (expected(response.status, html)) return Date.now() - started;
    if (Date.now() - started > 60_000) {
      throw new Error(`${url} did not change within 60 s: last answer ${response.status} ${html.slice(0, 200)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("content publishes without a build", () => {
  afterAll(() => rmSync(FILE, { force: true }));

  it("a saved page shows on both running sites and in their footers and in the admin; an edit follows; draft takes it down", {
    timeout: 120_000,
  }, async () => {
    const sites = [consumerUrl, tradeUrl];
    // Not there: the consumer site answers 404; the trade site sends a visitor to sign in (only
    // its live service and legal pages are public).
    const gone = (status: number) => status === 404 || (status >= 300 && status < 400);
    for (const site of sites)
      expect(gone((await fetch(`${site}/pages/${SLUG}`, { redirect: "manual" })).status)).toBe(true);

    save({ title: "Holiday opening hours", status: "published" });
    for (const site of sites) {
      const waited = await eventually(
        `${site}/pages/${SLUG}`,
        (status, html) => status === 200 && html.includes("Holiday opening hours") && html.includes("9:00 to 14:00"),
      );
      process.stdout.write(`[live-content] ${site}: published page shown after ${waited} ms\n`);
      // Every page's footer lists it under Help.
      const footer = await (await fetch(`${site}/pages/contact`)).text();
      expect(footer).toContain(`href="/pages/${SLUG}"`);
    }

    save({ title: "Holiday opening hours (updated)", status: "published" });
    for (const site of sites) {
      await eventually(`${site}/pages/${SLUG}`, (status, html) => status === 200 && html.includes("(updated)"));
    }

    // The admin's Content page (in the sidebar) lists the page, live, with a link into the editor.
    const browser = await openBrowser();
    try {
      const admin = await browser.newPage();
      await signInToAdmin(admin, adminUrl, MERCHANT);
      await admin.getByRole("link", { name: "Content" }).first().click({ timeout: 30_000 });
      const row = admin.locator(`[data-entry="pages/${SLUG}.md"]`);
      await row.waitFor({ timeout: 30_000 });
      expect(await row.locator("[data-status]").getAttribute("data-status")).toBe("live");
      expect(await row.getByText("Holiday opening hours (updated)").count()).toBe(1);
      expect(await row.getByRole("link", { name: "Consumer" }).getAttribute("href")).toBe(
        `${consumerUrl}/pages/${SLUG}`,
      );
      expect(await row.getByRole("link", { name: /^Edit / }).getAttribute("href")).toMatch(
        new RegExp(`/keystatic/collection/pages/item/${SLUG}$`),
      );
    } finally {
      await browser.close();
    }

    save({ title: "Holiday opening hours (updated)", status: "draft" });
    for (const site of sites) await eventually(`${site}/pages/${SLUG}`, gone);
  });
});
