/**
 * Company accounts end to end, in a real browser against the whole platform (booted by the e2e
 * globalSetup): a business applies on the trade site (and, still pending, is told so at sign-in,
 * with no price); the merchant approves it in the real Medusa admin (Companies page of the
 * company-accounts plugin); the new company admin adds a delivery address and invites an
 * employee; the invitation token is read from the notification the backend sent (admin API
 * GET /admin/notifications, the local provider stores every message); the employee accepts at
 * /invite/<token>, signs in, adds a product and checks out on account with a PO number; the
 * confirmation shows order number, PO number, terms and due date.
 */
import { openBrowser, signInToAdmin } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { tradeUrl, adminUrl, backendUrl } = inject("platform");
const MERCHANT = { email: "admin@example.com", password: "hybrid-demo" };
/** Unique per run, so the spec also passes against a kept database (E2E_DATABASE_URL). */
const RUN = Date.now().toString(36);
const COMPANY = `Acme Cafés ${RUN}`;
const APPLICANT = { first: "Ada", last: "Roast", email: `ada.${RUN}@acme.example`, password: "correct horse battery" };
const EMPLOYEE = { first: "Bob", last: "Brew", email: `bob.${RUN}@acme.example`, password: "bobs secret password" };
const PO_NUMBER = `PO-${RUN.toUpperCase()}`;
const PRODUCT = "colombia-huila";
/** Any rendered money amount, or the price data attributes the trade pages carry. */
const PRICE = /[€$£]\s?\d|\d[.,]\d{2}\s?[€$£]|data-(?:net|rrp)-amount|data-unit-price/;

async function newTradePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "hc_trade_region", value: "de", url: tradeUrl }]);
  return { context, page: await context.newPage() };
}

/** Submits the sign-in form; resolves with the status of the form POST once its page has loaded. */
async function signInToTrade(page: Page, account: { email: string; password: string }, next = "/"): Promise<number> {
  await page.goto(`${tradeUrl}/sign-in${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

/** A merchant token for the admin API (the same login the admin UI uses). */
async function merchantToken(): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(MERCHANT),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/**
 * The accept token from the "employee invited" notification. The notification is written by a
 * subscriber just after the invite, so it is polled for a few seconds.
 */
async function inviteTokenFor(email: string): Promise<string> {
  const token = await merchantToken();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await fetch(`${backendUrl}/admin/notifications?to=${encodeURIComponent(email)}&limit=20`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const { notifications } = (await response.json()) as { notifications: Array<{ template: string; data: unknown }> };
    const invited = notifications.find((n) => n.template === "company.employee_invited");
    const match = invited && JSON.stringify(invited.data).match(/\/invite\/([a-f0-9]{64})/i);
    if (match) return match[1]!;
    if (Date.now() > deadline)
      throw new Error(
        `No invitation notification for ${email} (got: ${notifications.map((n) => n.template).join(", ")})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("company accounts: apply, approve, invite, order on account", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let applicant: Page;
  let employee: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    const a = await newTradePage(browser);
    const e = await newTradePage(browser);
    contexts.push(a.context, e.context);
    applicant = a.page;
    employee = e.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("takes a trade application on the trade site, without signing in", async () => {
    await applicant.goto(`${tradeUrl}/apply`);
    expect(await applicant.getByRole("heading", { level: 1 }).textContent()).toBe("Apply for a trade account");
    await applicant.getByLabel("Company name").fill(COMPANY);
    await applicant.getByLabel("VAT id").fill("DE 123 456 789");
    await applicant.getByLabel("Company email").fill(`accounts.${RUN}@acme.example`);
    await applicant.getByLabel("Currency").selectOption("eur");
    await applicant.getByLabel("First name").fill(APPLICANT.first);
    await applicant.getByLabel("Last name").fill(APPLICANT.last);
    await applicant.getByLabel("Your email address").fill(APPLICANT.email);
    await applicant.getByLabel("Password").fill(APPLICANT.password);
    await Promise.all([
      applicant.waitForURL("**/apply/received"),
      applicant.getByRole("button", { name: "Send application" }).click(),
    ]);
    expect(await applicant.getByRole("heading", { level: 1 }).textContent()).toBe("Application received");
  });

  it("tells the pending applicant at sign-in that the application is being reviewed, and shows no price", async () => {
    expect(await signInToTrade(applicant, APPLICANT)).toBe(403);
    expect(new URL(applicant.url()).pathname).toBe("/sign-in");
    expect(await applicant.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Your trade application is being reviewed",
    );
    expect(await applicant.content()).not.toMatch(PRICE);
    expect((await applicant.context().cookies(tradeUrl)).some((c) => c.name === "hc_trade_session")).toBe(false);
  });

  it("lets the merchant approve the company in the Medusa admin (net 30, credit limit, PO required)", async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const admin = await context.newPage();
    await signInToAdmin(admin, adminUrl, MERCHANT);

    await admin.goto(`${adminUrl}/companies`);
    await admin.getByRole("heading", { name: "Companies" }).waitFor({ timeout: 30_000 });
    const row = admin.getByRole("row", { name: new RegExp(COMPANY) });
    await row.getByRole("button", { name: "Approve" }).click();

    const drawer = admin.getByRole("dialog", { name: `Approve ${COMPANY}` });
    await drawer.waitFor();
    expect(await drawer.getByRole("combobox", { name: "Payment terms" }).textContent()).toMatch(/Net 30/);
    await drawer.getByLabel(/Credit limit/).fill("5000");
    const poRequired = drawer.getByRole("switch", { name: "PO number required" });
    if ((await poRequired.getAttribute("aria-checked")) !== "true") await poRequired.click();
    await drawer.getByRole("button", { name: "Confirm approval" }).click();
    await admin.getByText(`${COMPANY} approved`).waitFor({ timeout: 15_000 });
  });

  it("opens the trade site to the new company admin: role, terms and credit on the company page", async () => {
    expect(await signInToTrade(applicant, APPLICANT, "/account/company")).toBe(303);
    await applicant.waitForURL("**/account/company");
    expect(await applicant.getByRole("heading", { level: 1 }).textContent()).toBe(COMPANY);
    expect(await applicant.locator("[data-role]").getAttribute("data-role")).toBe("admin");
    expect(await applicant.locator("[data-terms]").textContent()).toContain("Net 30");
    expect(await applicant.locator('[data-gauge="credit"] [data-limit]').textContent()).toBe("€5,000.00");
  });

  it("lets the company admin add a delivery address", async () => {
    await applicant.goto(`${tradeUrl}/account/addresses`);
    await applicant.getByLabel("Name of this address").fill("Main café");
    await applicant.getByLabel("First name").fill(APPLICANT.first);
    await applicant.getByLabel("Last name").fill(APPLICANT.last);
    await applicant.getByLabel("Street and number").fill("Torstraße 1");
    await applicant.getByLabel("Postal code").fill("10119");
    await applicant.getByLabel(/^City/).fill("Berlin");
    await applicant.getByLabel("Country").selectOption("de");
    await Promise.all([
      applicant.waitForURL(/done=added/),
      applicant.getByRole("button", { name: "Add address" }).click(),
    ]);
    expect(await applicant.locator("[data-address-id] h2").allTextContents()).toContain("Main café");
  });

  it("lets the company admin invite an employee as a buyer", async () => {
    await applicant.goto(`${tradeUrl}/account/team`);
    await applicant.getByLabel("Email address").fill(EMPLOYEE.email);
    await applicant.getByLabel(/^Role\s*\*?$/).selectOption("buyer");
    await Promise.all([
      applicant.waitForURL(/done=invite/),
      applicant.getByRole("button", { name: "Send invitation" }).click(),
    ]);
    expect(await applicant.getByRole("status").first().textContent()).toContain("Invitation sent.");
    expect(await applicant.locator(`tr[data-email="${EMPLOYEE.email}"]`).count()).toBe(1);
  });

  let inviteToken: string;

  it("emails the employee an accept link (read from the notification the backend stored)", async () => {
    inviteToken = await inviteTokenFor(EMPLOYEE.email);
    expect(inviteToken).toMatch(/^[a-f0-9]{64}$/i);
  });

  it("lets the employee accept the invitation and sign in", async () => {
    await employee.goto(`${tradeUrl}/invite/${inviteToken}`);
    expect(await employee.getByRole("heading", { level: 1 }).textContent()).toBe(`Join ${COMPANY}`);
    expect(await employee.locator("[data-role]").getAttribute("data-role")).toBe("buyer");
    await employee.getByLabel("First name").fill(EMPLOYEE.first);
    await employee.getByLabel("Last name").fill(EMPLOYEE.last);
    await employee.getByLabel(/^Password\s*\*?$/).fill(EMPLOYEE.password);
    await employee.getByLabel("Password again").fill(EMPLOYEE.password);
    await Promise.all([
      employee.waitForURL("**/sign-in?account-created"),
      employee.getByRole("button", { name: "Create my account" }).click(),
    ]);

    // The link is single-use.
    const reused = await fetch(`${tradeUrl}/invite/${inviteToken}`);
    expect(reused.status).toBe(410);

    expect(await signInToTrade(employee, EMPLOYEE, `/products/${PRODUCT}`)).toBe(303);
    await employee.waitForURL(`**/products/${PRODUCT}`);
  });

  it("lets the employee add a product and check out on account with a PO number", async () => {
    // The variant matrix: each size's quantity field is labelled with the size.
    await employee.getByLabel("1 kg", { exact: true }).fill("2");
    await Promise.all([
      employee.waitForURL(/added=1/),
      employee.getByRole("button", { name: "Add selected to cart" }).click(),
    ]);

    await employee.goto(`${tradeUrl}/cart`);
    await Promise.all([employee.waitForURL("**/checkout"), employee.getByRole("link", { name: "Checkout" }).click()]);

    expect(await employee.getByRole("radio", { name: /Main café/ }).isChecked()).toBe(true);
    const onAccount = employee.getByRole("radio", { name: /On account \(Net 30\)/ });
    expect(await onAccount.isChecked()).toBe(true);

    // PO number is required for this company: leaving it out is refused next to the field.
    const [refused] = await Promise.all([
      employee.waitForResponse((r) => r.request().method() === "POST"),
      employee.getByRole("button", { name: "Continue to review" }).click(),
    ]);
    expect(refused.status()).toBe(400);
    expect(await employee.locator("#field-po_number-error").textContent()).toContain("PO");

    await employee.getByLabel("PO number").fill(PO_NUMBER);
    await Promise.all([
      employee.waitForURL(/\/checkout\/review\?payment=on-account/),
      employee.getByRole("button", { name: "Continue to review" }).click(),
    ]);
    expect(await employee.locator("[data-po-number]").textContent()).toBe(PO_NUMBER);
    expect(await employee.locator("[data-payment]").textContent()).toBe("On account (Net 30)");

    await Promise.all([
      employee.waitForURL(/\/orders\/[^/?]+\?placed=1/, { timeout: 30_000 }),
      employee.getByRole("button", { name: "Place order" }).click(),
    ]);
  });

  it("confirms the order with its number, PO number, terms and due date", async () => {
    expect(await employee.getByRole("heading", { level: 1 }).textContent()).toBe("Thank you for your order");
    expect(await employee.locator("[data-order-number]").textContent()).toMatch(/^#\d+$/);
    expect(await employee.locator("[data-po-number]").textContent()).toBe(PO_NUMBER);
    expect(await employee.locator("[data-terms]").getAttribute("data-terms")).toBe("net30");
    expect(await employee.locator("[data-terms]").textContent()).toBe("On account, Net 30");

    const placed = await employee.locator(".order-facts time").first().getAttribute("datetime");
    const due = new Date(`${placed}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 30);
    expect(await employee.locator("[data-due-date]").getAttribute("data-due-date")).toBe(
      due.toISOString().slice(0, 10),
    );

    const orderId = new URL(employee.url()).pathname.split("/").pop()!;
    await employee.goto(`${tradeUrl}/orders`);
    expect(await employee.locator(`tr[data-order-id="${orderId}"]`).textContent()).toContain(PO_NUMBER);
  });

  it("shows the order to the company admin too, with who placed it", async () => {
    await applicant.goto(`${tradeUrl}/orders`);
    const row = applicant.locator("tbody tr").filter({ hasText: PO_NUMBER });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain(`${EMPLOYEE.first} ${EMPLOYEE.last}`);
  });
});
