/**
 * "Forgot password" on the trade site end to end (issue 16), in Chromium against the whole
 * platform, through the email the backend really sent (SMTP to the run's MailDev, read on its REST
 * API): /sign-in → "Forgot password?" → /forgot-password → the emailed link → /reset-password →
 * signed in with the new password; the session from before the change is over (401), the link
 * works once, and an unknown email gets the same page and no email.
 *
 * The account is a trade company's admin created for this run (application + admin approval), so
 * changing its password touches no other spec.
 */
import { openBrowser } from "@hybrid/platform/browser";
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { tradeUrl, backendUrl, mailApiUrl } = inject("platform");
const RUN = Date.now().toString(36);
const OWNER = { email: `owner.${RUN}@reset.example`, password: "the-old-password" };
const NEW_PASSWORD = "a-brand-new-password";

type MailDevEmail = { subject: string; to: { address: string }[]; html?: string; text?: string };

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

/** Every email MailDev holds for `address`. */
async function mailTo(address: string): Promise<MailDevEmail[]> {
  const all = (await (await fetch(`${mailApiUrl}/email`)).json()) as MailDevEmail[];
  return all.filter((mail) => mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()));
}

async function waitForMail(address: string, subject: string, timeoutMs = 20_000): Promise<MailDevEmail> {
  const started = Date.now();
  for (;;) {
    const found = (await mailTo(address)).find((mail) => mail.subject === subject);
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`no "${subject}" email to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("trade: forgot password through the emailed link", () => {
  let browser: Browser;
  let oldSession: string;
  let tradeKey: string;

  beforeAll(async () => {
    browser = await openBrowser();
    tradeKey = (await backendJson<{ publishable_key: string }>("/storefront-bootstrap/trade")).body.publishable_key;
    const applied = await backendJson("/store/trade-applications", {
      method: "POST",
      headers: { "x-publishable-api-key": tradeKey },
      body: {
        company: {
          name: `Reset Café ${RUN}`,
          vat_id: "DE123456789",
          email: `office.${RUN}@reset.example`,
          phone: "+49 30 1234567",
          currency_code: "eur",
        },
        applicant: { email: OWNER.email, password: OWNER.password, first_name: "Rita", last_name: "Reset" },
      },
    });
    expect(applied.status).toBe(202);
    const admin = await backendJson<{ token: string }>("/auth/user/emailpass", {
      method: "POST",
      body: { email: "admin@example.com", password: "hybrid-demo" },
    });
    const adminAuth = { authorization: `Bearer ${admin.body.token}` };
    oldSession = (await backendJson<{ token: string }>("/auth/customer/emailpass", { method: "POST", body: OWNER }))
      .body.token;
    const me = await backendJson<{ company: { id: string } }>("/store/companies/me", {
      headers: { "x-publishable-api-key": tradeKey, authorization: `Bearer ${oldSession}` },
    });
    const approved = await backendJson(`/admin/companies/${me.body.company.id}/approve`, {
      method: "POST",
      headers: adminAuth,
      body: { payment_terms: "net30", credit_limit: 1000 },
    });
    expect(approved.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("an unknown email gets the same answer and no email", async () => {
    const page = await browser.newPage();
    const nobody = `nobody.${RUN}@reset.example`;
    await page.goto(`${tradeUrl}/forgot-password`);
    await page.getByLabel("Email address").fill(nobody);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByTestId("reset-requested").textContent()).resolves.toContain(nobody);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mailTo(nobody)).toEqual([]);
    await page.close();
  });

  it("a bad email is refused on the form, naming the field", async () => {
    const page = await browser.newPage();
    await page.goto(`${tradeUrl}/forgot-password`);
    await page.getByLabel("Email address").fill("not-an-email");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/forgot-password"),
      page.getByRole("button", { name: "Email me a link" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.locator("#field-email").getAttribute("aria-invalid")).resolves.toBe("true");
    await page.close();
  });

  it("sign-in → forgot password → the emailed link → new password → signed in; old sessions end", async () => {
    const page = await browser.newPage();
    await page.goto(`${tradeUrl}/sign-in`);
    await page.getByRole("link", { name: "Forgot password?" }).click();
    expect(new URL(page.url()).pathname).toBe("/forgot-password");
    await page.getByLabel("Email address").fill(OWNER.email.toUpperCase());
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByTestId("reset-requested").textContent()).resolves.toContain(OWNER.email);

    const mail = await waitForMail(OWNER.email, "Choose a new password");
    expect(mail.html).toContain("Hybrid Roasters Trade");
    const href = /href="([^"]*\/reset-password\?token=[^"]*)"/.exec(mail.html ?? "")?.[1]?.replace(/&amp;/g, "&");
    expect(href?.startsWith(`${tradeUrl}/reset-password?token=`)).toBe(true);
    expect(mail.text).toContain(href!);

    // Follow the link from the email, as the buyer would.
    await page.goto(href!);
    await page.locator("#field-password").fill("short");
    await page.locator("#field-password_confirm").fill("short");
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/reset-password"),
      page.getByRole("button", { name: "Set password and sign in" }).click(),
    ]);
    expect(refused.status()).toBe(400);
    await expect(page.locator("#field-password").getAttribute("aria-invalid")).resolves.toBe("true");

    await page.locator("#field-password").fill(NEW_PASSWORD);
    await page.locator("#field-password_confirm").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/");
    // Signed in: a private page opens instead of sending us to /sign-in.
    await page.goto(`${tradeUrl}/account/company`);
    expect(new URL(page.url()).pathname).toBe("/account/company");

    // The session from before the change is over on the server.
    const old = await backendJson("/store/customers/me", {
      headers: { "x-publishable-api-key": tradeKey, authorization: `Bearer ${oldSession}` },
    });
    expect(old.status).toBe(401);

    // The link works once.
    await page.goto(href!);
    await page.locator("#field-password").fill("yet-another-password");
    await page.locator("#field-password_confirm").fill("yet-another-password");
    const [again] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/reset-password"),
      page.getByRole("button", { name: "Set password and sign in" }).click(),
    ]);
    expect(again.status()).toBe(401);
    await expect(page.getByTestId("reset-link-invalid").isVisible()).resolves.toBe(true);

    // The new password signs in on the form.
    const fresh = await browser.newPage();
    await fresh.goto(`${tradeUrl}/sign-in`);
    await fresh.getByLabel("Email address").fill(OWNER.email);
    await fresh.getByLabel("Password").fill(NEW_PASSWORD);
    await fresh.getByRole("button", { name: "Sign in" }).click();
    await fresh.waitForLoadState();
    expect(new URL(fresh.url()).pathname).toBe("/");
    await fresh.close();
    await page.close();
  });
});
