/**
 * Content publishes without a build: a page an editor saves into the shared content folder (the
 * folder both running sites read, HC_CONTENT_DIR; the editor writes there) shows on the consumer
 * and the trade site — as a page and in the footer — within the live collections' refresh, with
 * no command typed and no restart; an edit follows, with a picture uploaded beside it (served from
 * the content folder, no build), and setting it back to draft takes it down.
 * The merchant's admin lists it on its Content page, live on both sites, with a link into the editor.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openBrowser, signInToAdmin } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import { afterAll, describe, expect, inject, it } from "vitest";

const { consumerUrl, tradeUrl, contentDir, adminUrl } = inject("platform");
const MERCHANT = { email: "admin@example.com", password: "hybrid-demo" };
const SLUG = `live-publish-${Date.now().toString(36)}`;
const FILE = path.join(contentDir, "pages", `${SLUG}.md`);
const IMAGE = path.join(contentDir, "images", "pages", `${SLUG}.png`);
// A 1 × 1 PNG: what the editor uploads with the page's second version.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** What the editor saves: a service page (public on the trade site, linked in both footers). */
function save(fields: { title: string; status: "published" | "draft"; image?: boolean }): void {
  writeFileSync(
    FILE,
    `---
title: ${fields.title}
description: Opening hours of the roastery shop over the holidays.
${fields.image ? `image:\n  src: images/pages/${SLUG}.png\n  alt: The shop door with the holiday hours\n` : ""}sites: [consumer, trade]
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
  afterAll(() => {
    rmSync(FILE, { force: true });
    rmSync(IMAGE, { force: true });
  });

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

    // The second version comes with a picture uploaded beside it: the consumer site shows it from
    // the content folder, as it is, with no build.
    mkdirSync(path.dirname(IMAGE), { recursive: true });
    writeFileSync(IMAGE, PNG);
    save({ title: "Holiday opening hours (updated)", status: "published", image: true });
    for (const site of sites) {
      await eventually(`${site}/pages/${SLUG}`, (status, html) => status === 200 && html.includes("(updated)"));
    }
    const page = await (await fetch(`${consumerUrl}/pages/${SLUG}`)).text();
    const src = page.match(
      new RegExp(
        `<img class="page-image" src="(/content-images/pages/${SLUG}\\.png\\?v=[0-9a-z]+)" alt="The shop door with the holiday hours"`,
      ),
    )?.[1];
    expect(src, "the page's picture").toBeDefined();
    const picture = await fetch(`${consumerUrl}${src}`);
    expect([picture.status, picture.headers.get("content-type")]).toEqual([200, "image/png"]);
    expect(Buffer.from(await picture.arrayBuffer()).equals(PNG)).toBe(true);

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
