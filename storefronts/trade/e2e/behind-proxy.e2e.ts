/**
 * Deployment behind a TLS-terminating reverse proxy (issue 13, items 12 and 8), end to end: a real
 * https proxy process (throwaway self-signed certificate, @hybrid/platform/tls-proxy) in front of
 * the built trade storefront, which talks to the e2e platform's backend and is started with exactly
 * the settings the README documents (TRADE_PUBLIC_URL = the public https origin, TRUSTED_PROXIES =
 * loopback: the proxy connects from 127.0.0.1). The proxy sends `X-Forwarded-Proto: https` and
 * `X-Forwarded-Host` and gives the storefront its own upstream `Host`, like nginx's defaults.
 * Chromium reaches it as https://trade.e2e.test:<port> (host resolver rule, certificate errors
 * ignored) and signs in: the session cookie is Secure, a same-origin form post (the region switch)
 * passes, a form posted from another site is refused with 403, and `next=/.//evil.example/phish`
 * stays on the site. The platform's own storefront (plain http on localhost) keeps working
 * without Secure cookies.
 */
import path from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { openBrowser } from "@hybrid/platform/browser";
import { findFreePort } from "@hybrid/platform/database";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import { repoPaths } from "@hybrid/platform/paths";
import { baseChildEnv, storefrontEnv } from "@hybrid/platform/platform";
import { spawnProcess, waitForHttp, type ManagedProcess } from "@hybrid/platform/services";
import { startTlsProxy, type TlsProxy } from "@hybrid/platform/tls-proxy";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { backendUrl, tradeUrl } = inject("platform");
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
const PUBLIC_HOST = "trade.e2e.test";
const ATTACKER_HOST = "evil.e2e.test";

let proxy: TlsProxy;
let storefront: ManagedProcess;
let attacker: http.Server;
let attackerPort: number;
let browser: Browser;
let publicOrigin: string;

/** The attacker's page: a form that posts to the shop as soon as it loads. */
function attackerPage(action: string): string {
  return `<!doctype html><form id="f" method="post" action="${action}">
<input name="country" value="us"><input name="next" value="/"></form>
<script>document.getElementById("f").submit()</script>`;
}

beforeAll(async () => {
  const paths = repoPaths();
  const storefrontPort = await findFreePort();
  proxy = await startTlsProxy({ target: `http://127.0.0.1:${storefrontPort}`, hostnames: [PUBLIC_HOST] });
  publicOrigin = `https://${PUBLIC_HOST}:${proxy.port}`;

  const env = {
    ...storefrontEnv(
      { ...baseChildEnv(paths), ASTRO_TELEMETRY_DISABLED: "1" },
      storefrontPort,
      backendUrl,
      "production",
    ),
    HOST: "127.0.0.1",
    TRADE_PUBLIC_URL: publicOrigin,
    TRUSTED_PROXIES: "loopback",
  };
  storefront = spawnProcess({
    name: "trade-behind-proxy",
    command: process.execPath,
    args: [path.join("dist", "server", "entry.mjs")],
    cwd: paths.tradeDir,
    env,
    output: { kind: "file", file: path.join(paths.testLogsDir, "trade-behind-proxy.log") },
  });
  await waitForHttp(`http://127.0.0.1:${storefrontPort}/sign-in`, { process: storefront, timeoutMs: 120_000 });

  attacker = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(attackerPage(`${publicOrigin}/region`));
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", () => resolve()));
  attackerPort = (attacker.address() as AddressInfo).port;

  browser = await openBrowser({
    args: [`--host-resolver-rules=MAP ${PUBLIC_HOST} 127.0.0.1, MAP ${ATTACKER_HOST} 127.0.0.1`],
  });
});

afterAll(async () => {
  await browser?.close();
  await storefront?.stop();
  await proxy?.close();
  await new Promise((resolve) => attacker?.close(resolve));
});

async function signIn(page: Page, next?: string): Promise<number> {
  await page.goto(`${publicOrigin}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  await page.getByLabel("Email address").fill(BUYER.email);
  await page.getByLabel("Password").fill(BUYER.password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

describe("the trade site behind a TLS-terminating proxy", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ ignoreHTTPSErrors: true });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it("signs in through the proxy with a Secure, httpOnly session cookie", async () => {
    expect(await signIn(page)).toBe(303);
    expect(new URL(page.url()).origin).toBe(publicOrigin);
    const session = (await context.cookies(publicOrigin)).find((c) => c.name === "hc_trade_session");
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
    await expect(page.getByRole("button", { name: "Sign out" }).count()).resolves.toBeGreaterThan(0);
  });

  it("accepts a same-origin form post (the region switch), not 403", async () => {
    await page.goto(`${publicOrigin}/cart`);
    const form = page.locator("form.region-form");
    const current = await form.locator("select").inputValue();
    const other = await form
      .locator("option")
      .evaluateAll(
        (options, chosen) => options.map((o) => (o as HTMLOptionElement).value).find((v) => v !== chosen),
        current,
      );
    expect(other).toBeTruthy();
    await form.locator("select").selectOption(other!);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/region"),
      form.getByRole("button", { name: "Change" }).click(),
    ]);
    expect(response.status()).toBe(303);
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/cart");
    const region = (await context.cookies(publicOrigin)).find((c) => c.name === "hc_trade_region");
    expect(region).toMatchObject({ value: other, secure: true });
  });

  it("refuses a form another site posts to the shop (403)", async () => {
    const before = (await context.cookies(publicOrigin)).find((c) => c.name === "hc_trade_region")?.value;
    const evil = await context.newPage();
    const [response] = await Promise.all([
      evil.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/region"),
      evil.goto(`http://${ATTACKER_HOST}:${attackerPort}/`),
    ]);
    expect(response.status()).toBe(403);
    const after = (await context.cookies(publicOrigin)).find((c) => c.name === "hc_trade_region")?.value;
    expect(after).toBe(before);
    await evil.close();
  });

  it("keeps a signed-in buyer on the site for next=/.//evil.example/phish", async () => {
    for (const next of ["/.//evil.example/phish", "/..//evil.example", "/a/..//evil.example"]) {
      const landed = await page.goto(`${publicOrigin}/sign-in?next=${encodeURIComponent(next)}`);
      const redirect = await landed?.request().redirectedFrom()?.response();
      expect(redirect?.status()).toBe(303);
      expect(redirect?.headers().location).toBe("/");
      expect(new URL(page.url()).origin).toBe(publicOrigin);
      expect(new URL(page.url()).pathname).toBe("/");
    }
  });
});

describe("a fresh sign-in with an off-site next", () => {
  it("lands on this site after signing in through the form", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    expect(await signIn(page, "/.//evil.example/phish")).toBe(303);
    expect(new URL(page.url()).origin).toBe(publicOrigin);
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });
});

describe("the platform's own trade site on plain http", () => {
  it("still signs in, with a session cookie that is not Secure", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${tradeUrl}/sign-in`);
    await page.getByLabel("Email address").fill(BUYER.email);
    await page.getByLabel("Password").fill(BUYER.password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(response.status()).toBe(303);
    const session = (await context.cookies(tradeUrl)).find((c) => c.name === "hc_trade_session");
    expect(session).toMatchObject({ secure: false, httpOnly: true });
    await context.close();
  });
});
