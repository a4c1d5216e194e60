/**
 * Consumer accounts in a real browser against the whole platform (issue 16):
 * - a consumer signs up, orders, and sees the order in their history (with its lines);
 * - a guest orders, creates the account from the confirmation page, verifies the email with the
 *   token from the notification record (Medusa's admin notifications route, not SMTP) and then
 *   sees the guest order in the history — not before;
 * - the demo trade buyer signs in on the consumer site and sees consumer prices and no company data.
 */
import { DEMO_LOGINS } from "@hybrid/platform";
import { openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { consumerUrl, backendUrl } = inject("platform");
const PRODUCT = { handle: "colombia-huila", title: "Colombia Huila" };
const TRADE_PRICED = "ethiopia-yirgacheffe";
const PASSWORD = "a-long-password";

async function newVisitor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "en-GB" });
  await context.addCookies([{ name: "hc_consumer_region", value: "de", url: consumerUrl }]);
  return { context, page: await context.newPage() };
}

async function addToCart(page: Page, handle: string) {
  await page.goto(`${consumerUrl}/products/${handle}`);
  await Promise.all([
    page.waitForURL("**/cart?added=1"),
    page.getByRole("button", { name: /^Add .*to cart$/ }).click(),
  ]);
}

/** Details (unless a saved address is used) -> delivery -> payment -> review -> place order; returns the order number. */
async function checkOut(page: Page, details?: { email: string; first: string; last: string }): Promise<string> {
  await page.goto(`${consumerUrl}/checkout`);
  if (details) {
    await page.getByLabel(/^Email/).fill(details.email);
    await page.getByLabel(/^First name/).fill(details.first);
    await page.getByLabel(/^Last name/).fill(details.last);
    await page.getByLabel(/^Street and house number/).fill("Hauptstraße 1");
    await page.getByLabel(/^Postal code/).fill("10115");
    await page.getByLabel(/^Town or city/).fill("Berlin");
    await page.getByLabel(/^Country/).selectOption("de");
  }
  await Promise.all([
    page.waitForURL("**/checkout/shipping"),
    page.getByRole("button", { name: "Continue to delivery" }).click(),
  ]);
  await page.getByRole("radio", { name: /Standard delivery/ }).check();
  await Promise.all([
    page.waitForURL("**/checkout/payment"),
    page.getByRole("button", { name: "Continue to payment" }).click(),
  ]);
  await page.getByRole("radio", { name: /Pay on invoice/ }).check();
  await Promise.all([
    page.waitForURL("**/checkout/review"),
    page.getByRole("button", { name: "Review your order" }).click(),
  ]);
  await page.getByRole("checkbox", { name: /accept the Terms and conditions/ }).check();
  await Promise.all([
    page.waitForURL("**/order/confirmed/**"),
    page.getByRole("button", { name: "Place order" }).click(),
  ]);
  return ((await page.getByTestId("order-number").textContent()) ?? "").trim();
}

async function adminToken(): Promise<string> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_LOGINS.admin),
  });
  return ((await login.json()) as { token: string }).token;
}

/** The newest link of `template` mailed to `email` (its `data[urlField]`), polled from the notification records. */
async function mailedLink(email: string, template: string, urlField: string): Promise<URL> {
  const token = await adminToken();
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await fetch(
      `${backendUrl}/admin/notifications?to=${encodeURIComponent(email)}&fields=id,to,template,data,created_at&order=-created_at&limit=20`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const { notifications } = (await answer.json()) as {
      notifications: { template: string; data: Record<string, string> }[];
    };
    const found = notifications.find((n) => n.template === template);
    if (found) return new URL(found.data[urlField]!);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${template} notification for ${email}`);
}

/** The newest verification token mailed to `email`, from Medusa's notification records (admin API). */
async function mailedVerificationToken(email: string): Promise<string> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_LOGINS.admin),
  });
  const { token } = (await login.json()) as { token: string };
  const answer = await fetch(
    `${backendUrl}/admin/notifications?to=${encodeURIComponent(email)}&fields=id,to,template,data,created_at&order=-created_at&limit=20`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(answer.status).toBe(200);
  const { notifications } = (await answer.json()) as {
    notifications: { template: string; data: { verify_url?: string; site?: string } }[];
  };
  const verify = notifications.find((n) => n.template === "customer.verify-email");
  expect(verify?.data.site).toBe("consumer");
  return new URL(verify!.data.verify_url!).searchParams.get("token")!;
}

async function orderRows(page: Page): Promise<string[]> {
  return page.getByTestId("order-row").locator("td:first-child").allTextContents();
}

describe("consumer accounts", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("a consumer signs up, orders, and sees the order in their history", { timeout: 180_000 }, async () => {
    const { context, page } = await newVisitor(browser);
    try {
      await page.goto(`${consumerUrl}/sign-up`);
      // Errors name the field; nothing is created.
      await page.getByLabel(/^First name/).fill("Nina");
      await page.getByLabel(/^Last name/).fill("Neu");
      await page.getByLabel(/^Email address/).fill("nina@home.example");
      await page.getByLabel(/^Password/).fill("short");
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-up")),
        page.getByRole("button", { name: "Create account" }).click(),
      ]);
      expect(refused.status()).toBe(400);
      expect(await page.locator("main").textContent()).toContain("at least 8 characters");

      await page.getByLabel(/^Password/).fill(PASSWORD);
      await Promise.all([
        page.waitForURL("**/account?welcome"),
        page.getByRole("button", { name: "Create account" }).click(),
      ]);
      expect(await page.getByTestId("account-link").textContent()).toContain("Nina");
      const session = (await context.cookies(consumerUrl)).find((c) => c.name === "hc_consumer_session");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

      await addToCart(page, PRODUCT.handle);
      // The checkout starts from the account's email.
      await page.goto(`${consumerUrl}/checkout`);
      expect(await page.getByLabel(/^Email/).inputValue()).toBe("nina@home.example");
      const orderNumber = await checkOut(page, { email: "nina@home.example", first: "Nina", last: "Neu" });
      expect(orderNumber).toMatch(/^#\d+$/);
      expect(await page.locator("main").textContent()).toContain("order history");

      await page.goto(`${consumerUrl}/account/orders`);
      expect(await orderRows(page)).toEqual([orderNumber]);
      await page.getByRole("link", { name: orderNumber }).click();
      await page.waitForURL("**/account/orders/order_*");
      expect(await page.getByTestId("order-line").first().textContent()).toContain(PRODUCT.title);

      // "Order again" puts the lines back into the cart.
      await Promise.all([
        page.waitForURL("**/cart?reordered"),
        page.getByRole("button", { name: "Order again" }).click(),
      ]);
      expect(await page.locator("main table").textContent()).toContain(PRODUCT.title);

      // Signed out, the account pages send the visitor to sign in.
      await page.goto(`${consumerUrl}/account`);
      await Promise.all([
        page.waitForURL("**/sign-in?signed-out"),
        page.getByRole("button", { name: "Sign out" }).click(),
      ]);
      await page.goto(`${consumerUrl}/account/orders`);
      expect(new URL(page.url()).pathname).toBe("/sign-in");
    } finally {
      await context.close();
    }
  });

  it("a guest orders, creates the account from the confirmation, verifies and sees the order", {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await newVisitor(browser);
    try {
      await addToCart(page, PRODUCT.handle);
      const orderNumber = await checkOut(page, { email: "gus@home.example", first: "Gus", last: "Guest" });

      // The confirmation offers the account with the order's email.
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await Promise.all([
        page.waitForURL("**/account/orders"),
        page.getByRole("button", { name: "Create account" }).click(),
      ]);
      // Not verified yet: the guest order is not in the history.
      expect(await orderRows(page)).toEqual([]);

      const token = await mailedVerificationToken("gus@home.example");
      await page.goto(`${consumerUrl}/account/verify?token=${encodeURIComponent(token)}`);
      await Promise.all([
        page.waitForURL("**/account/orders?verified=1"),
        page.getByRole("button", { name: "Confirm my email address" }).click(),
      ]);
      expect(await orderRows(page)).toEqual([orderNumber]);
      expect(await page.getByRole("status").textContent()).toContain("1 order you placed as a guest");

      // The link works once.
      await page.goto(`${consumerUrl}/account/verify?token=${encodeURIComponent(token)}`);
      const [reused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/account/verify")),
        page.getByRole("button", { name: "Confirm my email address" }).click(),
      ]);
      expect(reused.status()).toBe(400);
      expect(await page.locator("main").textContent()).toContain("already used");
    } finally {
      await context.close();
    }
  });

  it("the demo consumer has an address and a past order; 'Forgot password?' resets through the emailed link", {
    timeout: 120_000,
  }, async () => {
    const { context, page } = await newVisitor(browser);
    try {
      await page.goto(`${consumerUrl}/sign-in`);
      await Promise.all([
        page.waitForURL("**/forgot-password"),
        page.getByRole("link", { name: "Forgot password?" }).click(),
      ]);
      await page.getByLabel(/^Email address/).fill(DEMO_LOGINS.consumer.email);
      await page.getByRole("button", { name: "Send the link" }).click();
      expect(await page.getByRole("status").textContent()).toContain("If there is an account");

      const link = await mailedLink(DEMO_LOGINS.consumer.email, "auth.password_reset", "reset_url");
      expect(link.pathname).toBe("/reset-password");
      await page.goto(`${consumerUrl}/reset-password${link.search}`);
      await page.getByLabel(/^New password/).fill("another-long-password");
      await Promise.all([
        page.waitForURL("**/account?password-changed"),
        page.getByRole("button", { name: "Save the new password" }).click(),
      ]);
      expect(await page.getByTestId("account-email").textContent()).toContain(DEMO_LOGINS.consumer.email);

      // The seeded address and past order.
      await page.goto(`${consumerUrl}/account/addresses`);
      expect(await page.getByTestId("address").count()).toBe(1);
      await page.goto(`${consumerUrl}/account/orders`);
      expect((await orderRows(page)).length).toBe(1);

      // The link works once.
      await page.goto(`${consumerUrl}/reset-password${link.search}`);
      await page.getByLabel(/^New password/).fill("yet-another-password");
      const [reused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/reset-password")),
        page.getByRole("button", { name: "Save the new password" }).click(),
      ]);
      expect(reused.status()).toBe(401);
    } finally {
      await context.close();
    }
  });

  it("a trade buyer signs in on the consumer site and sees consumer prices and no company data", {
    timeout: 120_000,
  }, async () => {
    const guest = await newVisitor(browser);
    const buyer = await newVisitor(browser);
    try {
      await guest.page.goto(`${consumerUrl}/products/${TRADE_PRICED}`);
      const guestPrice = await guest.page.locator("main .price-tag[data-amount]").first().getAttribute("data-amount");

      await buyer.page.goto(`${consumerUrl}/sign-in`);
      await buyer.page.getByLabel(/^Email address/).fill(DEMO_LOGINS.tradeBuyer.email);
      await buyer.page.getByLabel(/^Password/).fill(DEMO_LOGINS.tradeBuyer.password);
      await Promise.all([
        buyer.page.waitForURL(`${consumerUrl}/`),
        buyer.page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      expect(await buyer.page.getByTestId("account-link").textContent()).toContain("Hi,");

      await buyer.page.goto(`${consumerUrl}/products/${TRADE_PRICED}`);
      const buyerPrice = await buyer.page.locator("main .price-tag[data-amount]").first().getAttribute("data-amount");
      expect(buyerPrice).toBe(guestPrice);

      await addToCart(buyer.page, TRADE_PRICED);
      const cart = await buyer.page.locator("main").textContent();
      await addToCart(guest.page, TRADE_PRICED);
      const guestCart = await guest.page.locator("main").textContent();
      const totalOf = (text: string | null) => text?.match(/Total\s*€[\d.,]+/)?.[0];
      expect(totalOf(cart)).toBe(totalOf(guestCart));

      for (const path of ["/account", "/account/orders", "/account/addresses", "/cart", `/products/${TRADE_PRICED}`]) {
        await buyer.page.goto(`${consumerUrl}${path}`);
        const html = await buyer.page.content();
        expect(html, path).not.toContain("Corner Café");
        expect(html, path).not.toMatch(/trade price|net price|on account|company/i);
      }
    } finally {
      await guest.context.close();
      await buyer.context.close();
    }
  });
});
