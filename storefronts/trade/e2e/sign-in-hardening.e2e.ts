/**
 * Sign-in hardening end to end (issue 13, items 9 and 11), in a real browser against the whole
 * platform: wrong passwords on the trade sign-in form lock the account after 5 attempts (429, the
 * lock explained, the right password refused too), and signing out revokes the session on the
 * server, so a copy of the old cookie opens nothing: /account/company sends it to sign-in and the
 * backend answers 401 for the token.
 *
 * The locked account is one of this run only (a consumer registered through the API), so the lock
 * touches no other spec sharing the platform.
 */
import { openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { tradeUrl, backendUrl } = inject("platform");
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
const RUN = Date.now().toString(36);
const LOCKED = { email: `locked.${RUN}@signin.example`, password: "the right password" };
const SESSION_COOKIE = "hc_trade_session";

/** A backend call as { status, body }; `T` is the body the caller expects (null when it is not JSON). */
async function backendJson<T = Record<string, unknown>>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", ...init.headers },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const body: T = await response.json().catch(() => null);
  return { status: response.status, body };
}

/** Submits the sign-in form; the status of the form POST once its page has loaded. */
async function submitSignIn(page: Page, account: { email: string; password: string }): Promise<number> {
  await page.goto(`${tradeUrl}/sign-in`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

describe("trade sign-in hardening", () => {
  let browser: Browser;
  let tradeKey: string;

  beforeAll(async () => {
    browser = await openBrowser();
    tradeKey = (await backendJson<{ publishable_key: string }>("/storefront-bootstrap/trade")).body.publishable_key;
    const consumerKey = (await backendJson<{ publishable_key: string }>("/storefront-bootstrap/consumer")).body
      .publishable_key;
    const registered = await backendJson<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: LOCKED,
    });
    expect(registered.status).toBe(200);
    const created = await backendJson("/store/customers", {
      method: "POST",
      body: { email: LOCKED.email, first_name: "Lock", last_name: "Ed" },
      headers: { authorization: `Bearer ${registered.body.token}`, "x-publishable-api-key": consumerKey },
    });
    expect(created.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("after 5 wrong passwords the form is locked: 429 with the lock explained, the right password refused too", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let i = 0; i < 5; i++) {
      expect(await submitSignIn(page, { email: LOCKED.email, password: `wrong-${i}` })).toBe(401);
      expect(await page.getByRole("alert").first().textContent()).toContain(
        "The email address or password is incorrect.",
      );
    }
    expect(await submitSignIn(page, LOCKED)).toBe(429);
    expect(await page.getByRole("alert").first().textContent()).toContain("Too many attempts");
    expect(await page.getByRole("alert").first().textContent()).toContain("15 minutes");
    expect((await context.cookies(tradeUrl)).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    // The lock is on the account: the same email typed differently is refused as well.
    expect(await submitSignIn(page, { email: LOCKED.email.toUpperCase(), password: LOCKED.password })).toBe(429);
    await context.close();
  });

  it("signing out revokes the session: the old cookie no longer opens /account/company, the token gets 401", async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: "hc_trade_region", value: "de", url: tradeUrl }]);
    const page = await context.newPage();
    expect(await submitSignIn(page, BUYER)).toBe(303);
    const session = (await context.cookies(tradeUrl)).find((c) => c.name === SESSION_COOKIE);
    expect(session?.value).toBeTruthy();
    await page.goto(`${tradeUrl}/account/company`);
    expect(new URL(page.url()).pathname).toBe("/account/company");

    await Promise.all([
      page.waitForURL(/\/sign-in\?signed-out/),
      page.getByRole("button", { name: "Sign out" }).click(),
    ]);
    expect(await page.getByRole("status").first().textContent()).toContain("You have been signed out.");

    // Someone who copied the cookie before sign-out: the site sends them to sign-in...
    const copy = await browser.newContext();
    await copy.addCookies([
      { name: SESSION_COOKIE, value: session!.value, url: tradeUrl },
      { name: "hc_trade_region", value: "de", url: tradeUrl },
    ]);
    const thief = await copy.newPage();
    const answer = await thief.goto(`${tradeUrl}/account/company`);
    expect(new URL(thief.url()).pathname).toBe("/sign-in");
    expect(answer?.status()).toBe(200);
    expect(await thief.getByRole("heading", { level: 1 }).first().textContent()).toBe("Sign in to the trade shop");

    // ...and the backend refuses the token itself.
    const me = await backendJson("/store/trade/me", {
      headers: { authorization: `Bearer ${session!.value}`, "x-publishable-api-key": tradeKey },
    });
    expect(me.status).toBe(401);
    await copy.close();
    await context.close();
  });
});
