/**
 * Company approvals end to end, in a real browser against the whole platform (booted by the e2e
 * globalSetup). A company of its own (so the demo company's rules stay untouched) is set up through
 * the raw APIs: trade application → merchant approval (net 30) → a delivery address → an approver
 * and a buyer invited and joined (invite tokens read from the notifications the backend stored).
 * Then in the browser: the company admin sets an approval threshold for buyers; the buyer fills a
 * cart above it and submits it for approval, after which the cart is locked (edit forms disabled,
 * and the API refuses edits with 409); the approver approves it in the approvals inbox; the buyer
 * places the order; the order exists, the request is "ordered" with it, and the merchant sees the
 * approval history on the order in the Medusa admin.
 */
import { openBrowser, signInToAdmin } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { adminUrl, backendUrl, tradeUrl } = inject("platform");
const MERCHANT = { email: "admin@example.com", password: "hybrid-demo" };
/** Unique per run, so the spec also passes against a kept database (E2E_DATABASE_URL). */
const RUN = Date.now().toString(36);
const PASSWORD = "approval-flow-password";
const COMPANY = `Approval Roasters ${RUN}`;
const ADMIN = { email: `owner.${RUN}@approvals.example`, password: PASSWORD, first: "Olga", last: "Owner" };
const APPROVER = { email: `approver.${RUN}@approvals.example`, password: PASSWORD, first: "Arne", last: "Approver" };
const BUYER = { email: `buyer.${RUN}@approvals.example`, password: PASSWORD, first: "Bea", last: "Buyer" };
const THRESHOLD = 100;
/** 10 × Colombia Huila 1 kg at the Trade 10+ price (€26.20 net): €262, above the threshold. */
const QUANTITY = 10;
const BUYER_NOTE = `For the new café opening (${RUN})`;
const APPROVER_NOTE = "Approved, go ahead.";

type Headers = Record<string, string>;

async function call<T = any>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Headers } = {},
): Promise<T> {
  const { status, body } = await raw(path, init);
  if (status >= 400) throw new Error(`${init.method ?? "GET"} ${path} → ${status}: ${JSON.stringify(body)}`);
  return body as T;
}

async function raw(
  path: string,
  init: { method?: string; body?: unknown; headers?: Headers } = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

async function token(actor: "user" | "customer", account: { email: string; password: string }): Promise<string> {
  return (
    await call<{ token: string }>(`/auth/${actor}/emailpass`, {
      body: { email: account.email, password: account.password },
    })
  ).token;
}

/** The accept token of the latest invitation sent to `email` (a subscriber writes it just after the invite). */
async function inviteToken(merchant: string, email: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { notifications } = await call<{ notifications: Array<{ template: string; data: unknown }> }>(
      `/admin/notifications?to=${encodeURIComponent(email)}&limit=20`,
      { headers: { authorization: `Bearer ${merchant}` } },
    );
    const match = notifications
      .filter((n) => n.template === "company.employee_invited")
      .map((n) => JSON.stringify(n.data).match(/\/invite\/([a-f0-9]{64})/i))
      .find(Boolean);
    if (match) return match[1]!;
    if (Date.now() > deadline) throw new Error(`No invitation notification for ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * The company, set up the way its people would through the trade site, but with the raw APIs
 * (this spec is about approvals, not onboarding): applied, approved on net 30, one address, and
 * an approver and a buyer who accepted their invitations.
 */
async function setUpCompany(): Promise<{ store: Headers }> {
  const key = (await call<{ publishable_key: string }>("/storefront-bootstrap/trade")).publishable_key;
  const store: Headers = { "x-publishable-api-key": key };
  const merchant = await token("user", MERCHANT);
  await call<any>("/store/trade-applications", {
    headers: store,
    body: {
      company: { name: COMPANY, vat_id: "DE123456789", email: `office.${RUN}@approvals.example`, currency_code: "eur" },
      applicant: { email: ADMIN.email, password: PASSWORD, first_name: ADMIN.first, last_name: ADMIN.last },
    },
  });
  // The application's answer names no company (the same for known and unknown emails): the
  // merchant finds it by name, as in the admin.
  const { companies } = await call<{ companies: { id: string }[] }>(
    `/admin/companies?q=${encodeURIComponent(COMPANY)}`,
    { headers: { authorization: `Bearer ${merchant}` } },
  );
  await call(`/admin/companies/${companies[0]!.id}/approve`, {
    headers: { authorization: `Bearer ${merchant}` },
    body: { payment_terms: "net30", credit_limit: 5000, po_required: false },
  });
  const admin = { ...store, authorization: `Bearer ${await token("customer", ADMIN)}` };
  await call("/store/companies/me/addresses", {
    headers: admin,
    body: {
      label: "Roastery",
      first_name: ADMIN.first,
      last_name: ADMIN.last,
      company: COMPANY,
      address_1: "Röststraße 5",
      city: "Leipzig",
      postal_code: "04109",
      country_code: "de",
    },
  });
  for (const [person, role] of [
    [APPROVER, "approver"],
    [BUYER, "buyer"],
  ] as const) {
    await call("/store/companies/me/invites", { headers: admin, body: { email: person.email, role } });
    await call(`/store/invites/${await inviteToken(merchant, person.email)}/accept`, {
      headers: store,
      body: { password: PASSWORD, first_name: person.first, last_name: person.last },
    });
  }
  return { store };
}

async function signInToTrade(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${tradeUrl}/sign-in`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await Promise.all([page.waitForURL(`${tradeUrl}/`), page.getByRole("button", { name: "Sign in" }).click()]);
}

describe("approvals: threshold, submit, locked cart, approve in the inbox, order", () => {
  let browser: Browser;
  let store: Headers;
  let companyAdmin: Page;
  let buyer: Page;
  let approver: Page;
  let cartId: string;
  let orderId: string;

  const as = async (account: { email: string; password: string }): Promise<Headers> => ({
    ...store,
    authorization: `Bearer ${await token("customer", account)}`,
  });

  beforeAll(async () => {
    ({ store } = await setUpCompany());
    browser = await openBrowser();
    const page = async () => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "hc_trade_region", value: "de", url: tradeUrl }]);
      return context.newPage();
    };
    [companyAdmin, buyer, approver] = await Promise.all([page(), page(), page()]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lets the company admin set an approval threshold for buyers", async () => {
    await signInToTrade(companyAdmin, ADMIN);
    await companyAdmin.goto(`${tradeUrl}/account/approval-rules`);
    expect(await companyAdmin.getByRole("heading", { level: 1 }).textContent()).toBe("Approval rules");
    await companyAdmin.getByLabel(/Approval needed above/).fill(String(THRESHOLD));
    const buyers = companyAdmin.getByRole("group", { name: "The amount rule applies to" }).getByLabel("Buyers");
    if (!(await buyers.isChecked())) await buyers.check();
    const [saved] = await Promise.all([
      companyAdmin.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/account/approval-rules",
      ),
      companyAdmin.getByRole("button", { name: "Save approval rules" }).click(),
    ]);
    expect(saved.status()).toBeLessThan(400);
    await companyAdmin.waitForLoadState();

    const { settings } = await call<any>("/store/approvals/settings", { headers: await as(ADMIN) });
    expect(settings).toMatchObject({ amount_threshold: THRESHOLD, currency_code: "eur" });
    expect(settings.amount_applies_to).toContain("buyer");
  });

  it("makes the buyer's cart above the threshold need approval, and lets them submit it with a comment", async () => {
    await signInToTrade(buyer, BUYER);
    await buyer.goto(`${tradeUrl}/products/colombia-huila`);
    await buyer.getByLabel("1 kg", { exact: true }).fill(String(QUANTITY));
    await Promise.all([
      buyer.waitForURL(/added=1/),
      buyer.getByRole("button", { name: "Add selected to cart" }).click(),
    ]);

    await buyer.goto(`${tradeUrl}/cart`);
    const panel = buyer.locator(".approval-panel");
    expect(await panel.getAttribute("data-approval-state")).toBe("needed");
    expect(await panel.locator('[data-reason="amount"]').count()).toBe(1);
    // No way to check out around the rule.
    expect(await buyer.getByRole("link", { name: "Checkout" }).count()).toBe(0);

    await buyer.getByLabel(/Comment for the approver/).fill(BUYER_NOTE);
    await Promise.all([
      buyer.waitForURL(/approval=submitted/),
      buyer.getByRole("button", { name: "Submit for approval" }).click(),
    ]);
    expect(await buyer.locator(".approval-panel").getAttribute("data-approval-state")).toBe("pending");

    const { approvals } = await call<any>("/store/approvals?status=pending", { headers: await as(BUYER) });
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({ status: "pending", comment: BUYER_NOTE, currency_code: "eur" });
    expect(approvals[0].amount).toBeGreaterThan(THRESHOLD);
    cartId = approvals[0].cart_id;
  });

  it("locks the pending cart: the page disables its edit forms and the API refuses edits", async () => {
    await buyer.goto(`${tradeUrl}/cart`);
    expect(await buyer.locator("#cart-locked").count()).toBe(1);
    expect(await buyer.locator('tr[data-line-id] input[name="quantity"]').first().isDisabled()).toBe(true);
    expect(
      await buyer
        .getByRole("button", { name: /^Remove/ })
        .first()
        .isDisabled(),
    ).toBe(true);

    const headers = await as(BUYER);
    const { cart } = await call<any>(`/store/carts/${cartId}`, { headers });
    const lineId = cart.items[0].id;
    const edit = await raw(`/store/carts/${cartId}/line-items/${lineId}`, {
      headers,
      body: { quantity: QUANTITY + 5 },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toMatch(/awaiting approval/i);
  });

  it("lets the approver approve the cart in the approvals inbox", async () => {
    await signInToTrade(approver, APPROVER);
    // The header always links the inbox; the count beside it is best effort (the layout waits at
    // most 1.5 s for it), so it is checked only when it made it into the page.
    const inbox = approver.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Approvals/ });
    expect(await inbox.count()).toBe(1);
    const badge = inbox.locator("[data-pending-approvals]");
    if ((await badge.count()) === 1) {
      expect(await badge.getAttribute("data-pending-approvals")).toBe("1");
    }
    await Promise.all([approver.waitForURL("**/approvals"), inbox.click()]);
    expect(await approver.getByRole("heading", { level: 1 }).textContent()).toBe("Approvals");
    const row = approver.locator("tr[data-approval-id]").filter({ hasText: `${BUYER.first} ${BUYER.last}` });
    expect(await row.count()).toBe(1);
    await Promise.all([
      approver.waitForURL(/\/approvals\/[^/?]+$/),
      row.getByRole("link", { name: /^Review/ }).click(),
    ]);
    expect(await approver.locator("[data-buyer-comment]").textContent()).toBe(BUYER_NOTE);
    expect(await approver.locator('[data-reason="amount"]').count()).toBe(1);

    await approver.getByLabel(/Comment for the buyer/).fill(APPROVER_NOTE);
    await Promise.all([
      approver.waitForURL(/done=approved/),
      approver.getByRole("button", { name: "Approve", exact: true }).click(),
    ]);
    expect(await approver.locator("[data-decision-comment]").textContent()).toBe(APPROVER_NOTE);

    const { approvals } = await call<any>("/store/approvals?status=approved", { headers: await as(APPROVER) });
    // The approver decides through the approval id and never receives the buyer's cart id (a bearer secret).
    const decided = approvals.find((a: any) => a.decision_comment === APPROVER_NOTE);
    expect(decided).toMatchObject({ status: "approved", decision_comment: APPROVER_NOTE, cart_id: null });
    expect(decided.decided_by.name).toContain(APPROVER.first);
  });

  it("lets the buyer place the approved order", async () => {
    await buyer.goto(`${tradeUrl}/cart`);
    expect(await buyer.locator(".approval-panel").getAttribute("data-approval-state")).toBe("approved");
    await Promise.all([
      buyer.waitForURL("**/checkout"),
      buyer.getByRole("link", { name: "Proceed to checkout" }).click(),
    ]);
    expect(await buyer.getByRole("radio", { name: /On account/ }).isChecked()).toBe(true);
    await Promise.all([
      buyer.waitForURL(/\/checkout\/review/),
      buyer.getByRole("button", { name: "Continue to review" }).click(),
    ]);
    await Promise.all([
      buyer.waitForURL(/\/orders\/[^/?]+\?placed=1/, { timeout: 30_000 }),
      buyer.getByRole("button", { name: "Place order" }).click(),
    ]);
    expect(await buyer.getByRole("heading", { level: 1 }).textContent()).toBe("Thank you for your order");
    orderId = new URL(buyer.url()).pathname.split("/").pop()!;

    const merchant = { authorization: `Bearer ${await token("user", MERCHANT)}` };
    const { order } = await call<any>(`/admin/orders/${orderId}?fields=id,display_id,*items`, { headers: merchant });
    expect(order.items[0]).toMatchObject({ variant_sku: "COLOMBIA-HUILA-1KG", quantity: QUANTITY });
    const { approval } = await call<any>(`/admin/approvals/orders/${orderId}`, { headers: merchant });
    expect(approval).toMatchObject({ status: "ordered", order_id: orderId, cart_id: cartId });
  });

  it("shows the approval history on the order in the Medusa admin", async () => {
    const admin = await (await browser.newContext()).newPage();
    await signInToAdmin(admin, adminUrl, MERCHANT);
    await admin.goto(`${adminUrl}/orders/${orderId}`);
    const widget = admin.getByRole("region", { name: "Approval history" });
    await widget.waitFor({ timeout: 30_000 });
    expect(await widget.locator("[data-approval-status]").getAttribute("data-approval-status")).toBe("ordered");
    const text = await widget.textContent();
    expect(text).toContain(`${BUYER.first} ${BUYER.last}`);
    expect(text).toContain(`${APPROVER.first} ${APPROVER.last}`);
    expect(text).toContain(APPROVER_NOTE);
  });
});
