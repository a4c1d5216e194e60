/**
 * One person in two companies, in real browsers against the whole platform (booted by the e2e
 * globalSetup): Dana runs Alpha (its admin) and buys for Bravo (a buyer, joined by invitation with
 * her existing account). Each company has its own contract price and one order of hers. Acting
 * for Alpha she sees Alpha's price and orders only; she fills a cart, and a second browser she
 * signs in on shows the same cart (it is kept on the server for her and the company). She switches
 * to Bravo in the header's plain form: Bravo's price and orders only, and Alpha's cart is not
 * Bravo's — in either browser. The set-up (companies, invitation, prices, orders) goes through the
 * backend's HTTP API; everything checked goes through the trade site.
 */
import { openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { tradeUrl, backendUrl } = inject("platform");
const MERCHANT = { email: "admin@example.com", password: "hybrid-demo" };
/** Unique per run, so the spec also passes against a kept database (E2E_DATABASE_URL). */
const RUN = Date.now().toString(36);
const PASSWORD = "dana's long password";
const DANA = { email: `dana.${RUN}@franchise.example`, password: PASSWORD };
const ALPHA = `Alpha Café ${RUN}`;
const BRAVO = `Bravo Bistro ${RUN}`;
const PRODUCT = "colombia-huila";
const SKU = "COLOMBIA-HUILA-1KG";
const CONTRACT = { alpha: 12.34, bravo: 9.87 };
const ON_ACCOUNT = "pp_on-account_on-account";

type Json = Record<string, any>;
let tradeKey: string;

async function backend(path: string, init: { method?: string; body?: unknown; token?: string; admin?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (path.startsWith("/store")) headers["x-publishable-api-key"] = tradeKey;
  const bearer = init.admin ?? init.token;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const data = (await response.json().catch(() => ({}))) as Json;
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(data)}`);
  return data;
}

async function signInToken(actor: "customer" | "user", account: { email: string; password: string }) {
  return (await backend(`/auth/${actor}/emailpass`, { body: account })).token as string;
}

/** A company approved by the merchant, with its applicant (admin) signed in and one address. */
async function approvedCompany(name: string, applicant: { email: string; password: string }, admin: string) {
  await backend("/store/trade-applications", {
    body: {
      company: { name, email: `office.${RUN}.${name.length}@cafe.example`, currency_code: "eur" },
      applicant: { ...applicant, first_name: "Owner", last_name: name },
    },
  });
  const token = await signInToken("customer", applicant);
  const { company } = await backend("/store/companies/me", { token });
  await backend(`/admin/companies/${company.id}/approve`, {
    admin,
    body: { payment_terms: "net30", credit_limit: 5000 },
  });
  const { address } = await backend("/store/companies/me/addresses", {
    token,
    body: {
      label: "Café",
      first_name: "Owner",
      last_name: name,
      address_1: "Torstraße 1",
      city: "Berlin",
      postal_code: "10119",
      country_code: "de",
    },
  });
  return { id: company.id as string, token, addressId: address.id as string };
}

/** The accept link's token of the latest invitation mailed to `email` (the backend's notifications). */
async function inviteToken(email: string, admin: string): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const { notifications } = await backend(`/admin/notifications?to=${encodeURIComponent(email)}&limit=20`, { admin });
    const invited = (notifications as Json[]).find((n) => n.template === "company.employee_invited");
    const match = invited && JSON.stringify(invited.data).match(/\/invite\/([a-f0-9]{64})/i);
    if (match) return match[1]!;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No invitation for ${email}`);
}

/** An order of Dana's for the company she acts for, on account (one line of the product). */
async function orderFor(token: string, companyId: string, addressId: string, variantId: string, regionId: string) {
  await backend("/store/companies/me/active", { token, body: { company_id: companyId } });
  const { cart } = await backend("/store/carts", { token, body: { region_id: regionId } });
  await backend(`/store/carts/${cart.id}/line-items`, { token, body: { variant_id: variantId, quantity: 2 } });
  await backend(`/store/companies/me/carts/${cart.id}/trade-details`, {
    token,
    body: { company_address_id: addressId },
  });
  const { shipping_options } = await backend(`/store/shipping-options?cart_id=${cart.id}`, { token });
  await backend(`/store/carts/${cart.id}/shipping-methods`, { token, body: { option_id: shipping_options[0].id } });
  const { payment_collection } = await backend("/store/payment-collections", { token, body: { cart_id: cart.id } });
  await backend(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    token,
    body: { provider_id: ON_ACCOUNT },
  });
  const placed = await backend(`/store/carts/${cart.id}/complete`, { token, body: {} });
  if (placed.type !== "order") throw new Error(`order refused: ${JSON.stringify(placed)}`);
  return placed.order.id as string;
}

async function newTradePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "hc_trade_region", value: "de", url: tradeUrl }]);
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, next: string) {
  await page.goto(`${tradeUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(DANA.email);
  await page.getByLabel("Password").fill(DANA.password);
  await Promise.all([page.waitForURL(`**${next}`), page.getByRole("button", { name: "Sign in" }).click()]);
}

/** The net price the product page shows for the 1 kg variant. */
async function shownPrice(page: Page): Promise<number> {
  await page.goto(`${tradeUrl}/products/${PRODUCT}`);
  return Number(await page.locator(`tr[data-sku="${SKU}"] [data-net-amount]`).getAttribute("data-net-amount"));
}

async function shownOrders(page: Page): Promise<string[]> {
  await page.goto(`${tradeUrl}/orders`);
  return page.locator("tr[data-order-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-order-id")!));
}

async function cartVariants(page: Page): Promise<Array<{ variant: string; price: number }>> {
  await page.goto(`${tradeUrl}/cart`);
  return page.locator("tr[data-line-id]").evaluateAll((rows) =>
    rows.map((r) => ({
      variant: r.getAttribute("data-variant-id")!,
      price: Number(r.querySelector("[data-unit-price]")?.getAttribute("data-unit-price")),
    })),
  );
}

describe("one person in two companies: switching company, and a cart that follows the person", () => {
  let browser: Browser;
  let first: Page;
  let second: Page;
  let variantId: string;
  const orders = { alpha: "", bravo: "" };

  beforeAll(async () => {
    tradeKey = (await (await fetch(`${backendUrl}/storefront-bootstrap/trade`)).json()).publishable_key;
    const admin = await signInToken("user", MERCHANT);
    const alpha = await approvedCompany(ALPHA, DANA, admin);
    const bravo = await approvedCompany(BRAVO, { email: `owner.${RUN}@bravo.example`, password: PASSWORD }, admin);
    // Bravo's admin invites Dana, who joins with the account she already has.
    await backend("/store/companies/me/invites", { token: bravo.token, body: { email: DANA.email, role: "buyer" } });
    await backend(`/store/invites/${await inviteToken(DANA.email, admin)}/join`, { token: alpha.token, body: {} });

    const { products } = await backend(`/store/products?handle=${PRODUCT}&fields=%2Bvariants.sku`);
    variantId = products[0].variants.find((v: Json) => v.sku === SKU).id;
    for (const [company, amount] of [
      [alpha.id, CONTRACT.alpha],
      [bravo.id, CONTRACT.bravo],
    ] as const) {
      await backend(`/admin/trade-pricing/companies/${company}/price-list`, {
        admin,
        body: { title: `Contract ${company}`, prices: [{ variant_id: variantId, currency_code: "eur", amount }] },
      });
    }
    const { regions } = await backend("/store/regions");
    const eur = regions.find((r: Json) => r.currency_code === "eur").id;
    orders.bravo = await orderFor(alpha.token, bravo.id, bravo.addressId, variantId, eur);
    orders.alpha = await orderFor(alpha.token, alpha.id, alpha.addressId, variantId, eur);

    browser = await openBrowser();
    first = (await newTradePage(browser)).page;
    second = (await newTradePage(browser)).page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("acting for Alpha, shows Alpha's contract price and orders only, with a switcher naming Alpha", async () => {
    await signIn(first, `/products/${PRODUCT}`);
    const switcher = first.locator("form[data-company-switcher]");
    expect(await switcher.getByLabel("Buying for").locator("option:checked").textContent()).toBe(ALPHA);
    expect(await shownPrice(first)).toBe(CONTRACT.alpha);
    const shown = await shownOrders(first);
    expect(shown).toContain(orders.alpha);
    expect(shown).not.toContain(orders.bravo);
  });

  it("shows the cart filled in one browser in a second browser after sign-in", async () => {
    await first.goto(`${tradeUrl}/products/${PRODUCT}`);
    await first.getByLabel("1 kg", { exact: true }).fill("2");
    await Promise.all([
      first.waitForURL(/added=1/),
      first.getByRole("button", { name: "Add selected to cart" }).click(),
    ]);
    expect(await cartVariants(first)).toEqual([{ variant: variantId, price: CONTRACT.alpha }]);

    await signIn(second, "/cart");
    expect(await cartVariants(second)).toEqual([{ variant: variantId, price: CONTRACT.alpha }]);
  });

  it("switches to Bravo in the header: Bravo's price and orders only, and Alpha's cart is not Bravo's in either browser", async () => {
    await first.goto(`${tradeUrl}/products/${PRODUCT}`);
    await first.getByLabel("Buying for").selectOption({ label: BRAVO });
    await Promise.all([
      first.waitForURL(`**/products/${PRODUCT}`),
      first.getByRole("button", { name: "Switch company" }).click(),
    ]);
    expect(await first.locator("[data-active-company]").textContent()).toContain(BRAVO);
    expect(await shownPrice(first)).toBe(CONTRACT.bravo);
    const shown = await shownOrders(first);
    expect(shown).toContain(orders.bravo);
    expect(shown).not.toContain(orders.alpha);
    expect(await cartVariants(first)).toEqual([]);
    // The second browser follows the switch (kept on the server), its Alpha cart cookie included.
    expect(await cartVariants(second)).toEqual([]);
    expect(await shownPrice(second)).toBe(CONTRACT.bravo);

    // Back to Alpha: its cart is still there, at Alpha's price.
    await second.getByLabel("Buying for").selectOption({ label: ALPHA });
    await Promise.all([
      second.waitForURL(`**/products/${PRODUCT}`),
      second.getByRole("button", { name: "Switch company" }).click(),
    ]);
    expect(await cartVariants(second)).toEqual([{ variant: variantId, price: CONTRACT.alpha }]);
  });
});
