/**
 * Quotes end to end, in a real browser against the whole platform (booted by the e2e globalSetup):
 * the demo trade buyer (admin of "Corner Café", on account) puts 10 × Colombia Huila 1 kg in a
 * fresh cart and requests a quote from the cart page; the merchant signs in to the Medusa admin,
 * opens Quotes from the sidebar, finds the request, lowers the unit price in the negotiation
 * editor and sends the counter-offer; the buyer sees the offer on the trade site and accepts it
 * with a delivery address and a PO number; the order exists with the quoted unit price (trade
 * order page and admin API) and the quote is accepted with that order.
 */
import { emptyTradeCart, openBrowser, signInToAdmin } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { adminUrl, backendUrl, tradeUrl } = inject("platform");
const MERCHANT = { email: "admin@example.com", password: "hybrid-demo" };
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
/** Unique per run, so the spec also passes against a kept database (E2E_DATABASE_URL). */
const RUN = Date.now().toString(36);
const PO_NUMBER = `Q-${RUN.toUpperCase()}`;
const SKU = "COLOMBIA-HUILA-1KG";
const QUANTITY = 10;
/** The seed's Trade price of the 1 kg bag at 10+ (backend/data/catalog.json), and the merchant's offer. */
const REQUESTED_PRICE = 26.2;
const OFFERED_PRICE = 23.45;
const OFFERED_TEXT = /23[.,]45/;

async function call<T = any>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      "content-type": "application/json",
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}

async function merchantToken(): Promise<string> {
  return (await call<{ token: string }>("/auth/user/emailpass", { body: MERCHANT })).token;
}

async function newTradePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "hc_trade_region", value: "de", url: tradeUrl }]);
  return { context, page: await context.newPage() };
}

async function signInToTrade(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${tradeUrl}/sign-in`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await Promise.all([page.waitForURL(`${tradeUrl}/`), page.getByRole("button", { name: "Sign in" }).click()]);
}

describe("quotes: request from the cart, counter-offer in the admin, accept into an order", () => {
  let browser: Browser;
  let buyer: Page;
  let admin: Page;
  let quoteId: string;
  let displayId: number;
  let orderId: string;

  beforeAll(async () => {
    browser = await openBrowser();
    // The buyer's cart follows them across browsers (kept on the server): it is emptied after
    // sign-in, so the quote holds exactly this spec's line.
    buyer = (await newTradePage(browser)).page;
    admin = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lets the buyer request a quote for the cart, with a message", async () => {
    await signInToTrade(buyer, BUYER);
    await emptyTradeCart(buyer, tradeUrl);
    await buyer.goto(`${tradeUrl}/products/colombia-huila`);
    await buyer.getByLabel("1 kg", { exact: true }).fill(String(QUANTITY));
    await Promise.all([
      buyer.waitForURL(/added=1/),
      buyer.getByRole("button", { name: "Add selected to cart" }).click(),
    ]);

    await buyer.goto(`${tradeUrl}/cart`);
    expect(await buyer.locator("tr[data-line-id]").count()).toBe(1);
    await buyer
      .getByLabel("Message to our sales team")
      .fill(`We roast for three cafés: best price for ${QUANTITY} kg a month? (${RUN})`);
    await Promise.all([
      buyer.waitForURL(/\/quotes\/[^/?]+\?done=requested/),
      buyer.getByRole("button", { name: "Request a quote" }).click(),
    ]);
    quoteId = new URL(buyer.url()).pathname.split("/").pop()!;
    expect(quoteId).toMatch(/^quo_/);
    expect(await buyer.getByRole("status").first().textContent()).toContain("Your quote request was sent");

    const { quote } = await call<any>(`/admin/quotes/${quoteId}`, { token: await merchantToken() });
    displayId = quote.display_id;
    expect(quote.status).toBe("requested");
    expect(quote.lines).toHaveLength(1);
    expect(quote.lines[0]).toMatchObject({
      sku: SKU,
      requested_quantity: QUANTITY,
      requested_unit_price: REQUESTED_PRICE,
    });
  });

  it("lets the merchant find the request in the admin's Quotes page and counter with a lower unit price", async () => {
    await signInToAdmin(admin, adminUrl, MERCHANT);
    await admin.getByRole("link", { name: "Quotes" }).first().click({ timeout: 30_000 });
    await admin.waitForURL("**/quotes");
    await admin.getByRole("heading", { name: "Quotes", level: 1 }).waitFor({ timeout: 30_000 });

    const row = admin.getByRole("row").filter({ has: admin.getByRole("link", { name: `#${displayId}`, exact: true }) });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain("Corner Café");
    await Promise.all([
      admin.waitForURL(`**/quotes/${quoteId}`),
      row.getByRole("link", { name: `#${displayId}`, exact: true }).click(),
    ]);
    await admin.getByRole("heading", { name: `Quote #${displayId}`, level: 1 }).waitFor({ timeout: 30_000 });

    // The editor starts from the request: requested 10 × €26.20 next to the inputs.
    const line = admin.locator(`tr[data-sku="${SKU}"]`);
    expect(await line.locator("[data-requested]").textContent()).toMatch(/10 × .*26[.,]20/);
    const price = line.getByLabel(/^Unit price/);
    expect(await price.inputValue()).toBe(String(REQUESTED_PRICE));
    await price.fill(String(OFFERED_PRICE));
    expect(await line.locator("[data-change]").getAttribute("data-change")).toBe("changed");
    await admin.getByLabel("Message to the buyer (optional)").fill("Our best price for a monthly 10 kg.");

    await admin.getByRole("button", { name: "Send counter-offer" }).click();
    await admin.getByText("Counter-offer sent").first().waitFor({ timeout: 15_000 });
    await admin.locator('[data-status="sent"]').first().waitFor({ timeout: 15_000 });

    const { quote } = await call<any>(`/admin/quotes/${quoteId}`, { token: await merchantToken() });
    expect(quote.status).toBe("sent");
    expect(quote.version).toBe(1);
    expect(new Date(quote.expires_at).getTime()).toBeGreaterThan(Date.now());
    expect(quote.lines[0]).toMatchObject({ quantity: QUANTITY, unit_price: OFFERED_PRICE, change: "changed" });
  });

  it("shows the offer to the buyer and lets them accept it with an address and a PO number", async () => {
    await buyer.goto(`${tradeUrl}/quotes/${quoteId}`);
    expect(await buyer.content()).toMatch(OFFERED_TEXT);

    expect(await buyer.locator(`tr[data-line-id]`).first().getAttribute("data-change")).toBe("changed");

    const accept = buyer.locator("form").filter({ has: buyer.getByRole("button", { name: "Accept offer" }) });
    const address = accept.getByLabel(/Delivery and invoice address/);
    const addressIds = await address
      .locator("option")
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean));
    expect(addressIds.length).toBeGreaterThan(0);
    await address.selectOption(addressIds[0]!);
    await accept.getByLabel(/PO number/).fill(PO_NUMBER);
    await Promise.all([
      buyer.waitForURL(/done=accepted/, { timeout: 60_000 }),
      accept.getByRole("button", { name: "Accept offer" }).click(),
    ]);
    expect(await buyer.getByRole("status").first().textContent()).toContain("You accepted the offer");
    const orderLink = buyer.locator("[data-order-id]").getByRole("link", { name: "View the order" });
    expect(await orderLink.count()).toBe(1);

    const { quote } = await call<any>(`/admin/quotes/${quoteId}`, { token: await merchantToken() });
    expect(quote.status).toBe("accepted");
    expect(quote.order_id).toMatch(/^order_/);
    orderId = quote.order_id;
  });

  it("places the order at the quoted unit price, with the PO number", async () => {
    const { order } = await call<any>(`/admin/orders/${orderId}?fields=id,display_id,metadata,*items`, {
      token: await merchantToken(),
    });
    expect(order.items).toHaveLength(1);
    expect(order.items[0]).toMatchObject({ variant_sku: SKU, quantity: QUANTITY });
    expect(Number(order.items[0].unit_price)).toBe(OFFERED_PRICE);
    expect(order.metadata).toMatchObject({ quote_id: quoteId, po_number: PO_NUMBER });

    await buyer.goto(`${tradeUrl}/orders/${orderId}`);
    expect(await buyer.locator("[data-po-number]").textContent()).toBe(PO_NUMBER);
    const items = buyer.locator("table:has(caption:text-is('Items')) tbody tr");
    expect(await items.count()).toBe(1);
    expect(await items.first().textContent()).toMatch(OFFERED_TEXT);
  });

  it("shows the accepted quote in the admin with its order and the history", async () => {
    await admin.goto(`${adminUrl}/quotes/${quoteId}`);
    await admin.locator('[data-status="accepted"]').first().waitFor({ timeout: 30_000 });
    expect(await admin.getByRole("link", { name: "View order" }).first().getAttribute("href")).toContain(orderId);
    const history = admin.getByRole("list", { name: "Status history" });
    expect(await history.locator("li").count()).toBeGreaterThanOrEqual(3);
    expect(await admin.getByRole("button", { name: "Create contract prices" }).count()).toBe(1);
  });
});
