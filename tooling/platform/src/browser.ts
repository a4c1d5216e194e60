import { existsSync } from "node:fs";
import { chromium, type Browser, type LaunchOptions, type Page } from "playwright-core";

/** Flags for Debian's chromium in containers and CI: no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
] as const;

export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/**
 * A headless Chromium (the system one; nothing is downloaded) driven by playwright-core.
 * Close it in afterAll. `options` are passed to chromium.launch after the defaults.
 */
export async function openBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = chromiumExecutablePath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        `(or set CHROMIUM_PATH to a Chromium binary).`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/**
 * Signs `account` in to the Medusa admin at `adminUrl` through its login form, as a merchant does,
 * and waits until the dashboard has left the login page.
 */
export async function signInToAdmin(
  page: Page,
  adminUrl: string,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto(`${adminUrl}/login`);
  await page.getByPlaceholder("Email").fill(account.email);
  await page.getByPlaceholder("Password").fill(account.password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 30_000 }),
    page.getByRole("button", { name: "Continue with Email" }).click(),
  ]);
}

/**
 * Empties the signed-in trade buyer's cart through the trade site's cart page, as the buyer would
 * (one "Remove" form per line). The trade cart is kept on the server for the person and the company
 * they act for, so a new browser context no longer starts with an empty cart: a spec that counts
 * the lines it adds starts from here. Throws when a line cannot be removed (a cart locked for
 * approval), naming it.
 */
export async function emptyTradeCart(page: Page, tradeUrl: string): Promise<void> {
  for (let round = 0; round < 100; round++) {
    await page.goto(`${tradeUrl}/cart`);
    const remove = page.getByRole("button", { name: /^Remove/ }).first();
    if ((await remove.count()) === 0) return;
    if (await remove.isDisabled()) {
      throw new Error(`the trade cart cannot be emptied: "${await remove.textContent()}" is disabled (locked cart?)`);
    }
    await Promise.all([page.waitForURL(/removed=/), remove.click()]);
  }
  throw new Error("the trade cart still has lines after 100 removals");
}

/** A phone in portrait, as the mobile checks of both sites use it (issue 19: 390 × 844). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/**
 * How the page open in `page` fits its viewport, as a shopper on a phone would notice it:
 * `documentWidth` wider than the viewport means the page scrolls sideways, and `overflowing` then
 * names the outermost elements that reach past the right edge (tag.class → right edge), for the
 * failure message. `path` is carried along so a failing assertion says which page it was:
 * `expect(await pageFit(page, "/cart")).toEqual({ path: "/cart", documentWidth: 390, overflowing: [] })`.
 */
export interface PageFit {
  path: string;
  documentWidth: number;
  overflowing: string[];
}

export async function pageFit(page: Page, path: string): Promise<PageFit> {
  const { documentWidth, viewportWidth, overflowing } = await page.evaluate(() => {
    const viewportWidth = window.innerWidth;
    const overflowing: string[] = [];
    for (const element of Array.from(document.querySelectorAll("body *"))) {
      const box = element.getBoundingClientRect();
      const parent = element.parentElement?.getBoundingClientRect();
      if (box.width > 0 && box.right > viewportWidth + 0.5 && (!parent || parent.right <= viewportWidth + 0.5)) {
        overflowing.push(
          `${element.tagName.toLowerCase()}${Array.from(element.classList)
            .map((name) => `.${name}`)
            .join("")} → ${Math.round(box.right)} px`,
        );
      }
    }
    return { documentWidth: document.documentElement.scrollWidth, viewportWidth, overflowing: overflowing.slice(0, 8) };
  });
  return { path, documentWidth, overflowing: documentWidth > viewportWidth ? overflowing : [] };
}

/**
 * The serious and critical accessibility problems axe-core finds on the page open in `page`
 * (WCAG 2.1 A/AA, WCAG 2.2 AA — touch target size among them — and axe's best practices), one line each: `rule-id: selector, …` — an empty list
 * when there are none. Moderate and minor findings are left to the report of a full audit.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import("@axe-core/playwright");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}
