/**
 * The insights dashboard end to end, in a real browser against the whole platform (booted by the
 * e2e globalSetup): beforeAll places one Consumer order (a guest) and one Trade order (the demo
 * buyer of Corner Café, on account) through the store API; the merchant signs in to the Medusa
 * admin, opens Insights from the sidebar, sees the Consumer and Trade figures the API reports for
 * the last 30 days (which include both orders), and follows the Consumer orders figure to the
 * admin's order list, filtered to that channel and period, where the guest order is listed.
 */
import { openBrowser, signInToAdmin } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { adminUrl, backendUrl } = inject("platform");
const MERCHANT = { email: "admin@example.com", password: "hybrid-demo" };
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
/** Unique per run, so the spec also passes against a kept database (E2E_DATABASE_URL). */
const RUN = Date.now().toString(36);
const GUEST_EMAIL = `insights-${RUN}@guest.example`;
const ADDRESS = {
  first_name: "Ina",
  last_name: "Sights",
  address_1: "Bohnenweg 2",
  city: "Hamburg",
  postal_code: "20095",
  country_code: "de",
};

async function call<T = any>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}

async function token(actor: "user" | "customer", account: { email: string; password: string }): Promise<string> {
  return (await call<{ token: string }>(`/auth/${actor}/emailpass`, { body: account })).token;
}

/** Places an order through the store API the way a storefront does; returns its id and display id. */
async function placeOrder(channel: "consumer" | "trade", opts: { customerToken?: string; email?: string }) {
  const key = (await call<{ publishable_key: string }>(`/storefront-bootstrap/${channel}`)).publishable_key;
  const headers: Record<string, string> = { "x-publishable-api-key": key };
  if (opts.customerToken) headers.authorization = `Bearer ${opts.customerToken}`;
  const { regions } = await call<{ regions: Array<{ id: string; currency_code: string }> }>("/store/regions", {
    headers,
  });
  const eur = regions.find((r) => r.currency_code === "eur")!.id;
  const { products } = await call<any>("/store/products?handle=colombia-huila&fields=+variants.sku", { headers });
  const variant = products[0].variants.find((v: any) => v.sku === "COLOMBIA-HUILA-1KG");

  const { cart } = await call<any>("/store/carts", {
    headers,
    body: { region_id: eur, ...(opts.email ? { email: opts.email } : {}) },
  });
  await call(`/store/carts/${cart.id}/line-items`, { headers, body: { variant_id: variant.id, quantity: 2 } });
  let provider = "pp_system_default";
  if (channel === "trade") {
    const { addresses } = await call<any>("/store/companies/me/addresses", { headers });
    await call(`/store/companies/me/carts/${cart.id}/trade-details`, {
      headers,
      body: { company_address_id: addresses[0].id, po_number: `PO-${RUN}` },
    });
    provider = "pp_on-account_on-account";
  } else {
    await call(`/store/carts/${cart.id}`, { headers, body: { shipping_address: ADDRESS, billing_address: ADDRESS } });
  }
  const { shipping_options } = await call<any>(`/store/shipping-options?cart_id=${cart.id}`, { headers });
  const standard = shipping_options.find((o: any) => o.name === "Standard delivery") ?? shipping_options[0];
  await call(`/store/carts/${cart.id}/shipping-methods`, { headers, body: { option_id: standard.id } });
  const { payment_collection } = await call<any>("/store/payment-collections", { headers, body: { cart_id: cart.id } });
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    headers,
    body: { provider_id: provider },
  });
  // The site's terms, accepted as its checkout does (the consumer site asks for them).
  const { terms } = await call<any>("/store/terms", { headers });
  if (terms) await call(`/store/carts/${cart.id}/terms`, { headers, body: { version: terms.version } });
  const done = await call<any>(`/store/carts/${cart.id}/complete`, { headers, body: {} });
  if (done.type !== "order") throw new Error(`The ${channel} cart was not completed: ${JSON.stringify(done)}`);
  return { id: done.order.id as string, displayId: done.order.display_id as number };
}

describe("insights dashboard", () => {
  let browser: Browser;
  let admin: Page;
  let consumerOrder: { id: string; displayId: number };
  let figures: { consumer: number; trade: number; consumerRevenue: string };

  beforeAll(async () => {
    consumerOrder = await placeOrder("consumer", { email: GUEST_EMAIL });
    await placeOrder("trade", { customerToken: await token("customer", BUYER) });
    // What the API reports for the dashboard's default view, in EUR: the page must show the same.
    const overview = await call<any>("/admin/insights/overview?period=last_30_days&currency=eur", {
      headers: { authorization: `Bearer ${await token("user", MERCHANT)}` },
    });
    figures = {
      consumer: overview.kpis.orders.consumer.value,
      trade: overview.kpis.orders.trade.value,
      consumerRevenue: new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(
        overview.kpis.revenue.consumer.value,
      ),
    };
    browser = await openBrowser();
    admin = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("counts both seeded orders in the API's figures", () => {
    expect(figures.consumer).toBeGreaterThanOrEqual(1);
    expect(figures.trade).toBeGreaterThanOrEqual(1);
  });

  it("lets the merchant open Insights from the admin's sidebar and shows Consumer and Trade side by side", async () => {
    await signInToAdmin(admin, adminUrl, MERCHANT);

    await admin.getByRole("link", { name: "Insights" }).first().click({ timeout: 30_000 });
    await admin.waitForURL("**/insights**");
    await admin.getByRole("heading", { name: "Insights", level: 1 }).waitFor({ timeout: 30_000 });
    // The default currency may be either: pick EUR through the URL the currency picker writes.
    await admin.goto(`${adminUrl}/insights?period=last_30_days&currency=eur`);
    const table = admin.getByRole("table", { name: "Key figures" });
    await table.waitFor({ timeout: 30_000 });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual(["Figure", "Consumer", "Trade", "Total"]);

    const figure = (name: string) => admin.locator(`[data-figure="${name}"]`);
    expect((await figure("orders-consumer").textContent())?.trim()).toBe(String(figures.consumer));
    expect((await figure("orders-trade").textContent())?.trim()).toBe(String(figures.trade));
    expect((await figure("revenue-consumer").textContent())?.trim()).toBe(figures.consumerRevenue);
    expect(await admin.locator('[data-chart="series"] svg').count()).toBeGreaterThan(0);
    // The quotes and approvals plugins are installed: their figures are shown, none "Not available".
    const trade = admin.getByRole("region", { name: "Trade figures" });
    expect(await trade.getByText("Open quotes").count()).toBe(1);
    expect(await trade.getByText("Approvals pending").count()).toBe(1);
    expect(await trade.getByText("Not available").count()).toBe(0);
  });

  it("follows the Consumer orders figure to the admin's order list, filtered to that channel and period", async () => {
    await admin.locator('[data-figure="orders-consumer"]').click();
    await admin.waitForURL(/\/orders\?/);
    const url = new URL(admin.url());
    expect(url.searchParams.get("sales_channel_id")).toMatch(/^sc_/);
    expect(JSON.parse(url.searchParams.get("created_at")!)).toHaveProperty("$gte");
    const row = admin.getByRole("row").filter({ hasText: `#${consumerOrder.displayId}` });
    await row.first().waitFor({ timeout: 30_000 });
    expect(await row.first().textContent()).toContain(GUEST_EMAIL);
  });
});
