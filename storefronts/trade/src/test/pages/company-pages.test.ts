/**
 * The company pages rendered through Astro's container with a fake backend: who sees what, status
 * codes, and form errors next to their fields. The backend's own enforcement is tested in the plugin.
 */
import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { element, formPost as post, type PageRequest, pageRenderer, tradeBuyerLocals } from "../pages";

const backend = vi.hoisted(() => ({
  request: vi.fn(),
  regions: { list: vi.fn() },
  auth: { login: vi.fn() },
  carts: { get: vi.fn(), update: vi.fn() },
  checkout: { paymentProviders: vi.fn(), shippingOptions: vi.fn() },
}));
vi.mock("../../backend", () => ({ backend, sharedStateRedisUrl: undefined }));

const { default: Apply } = await import("../../pages/apply/index.astro");
const { default: SignIn } = await import("../../pages/sign-in.astro");
const { default: Team } = await import("../../pages/account/team.astro");
const { default: Company } = await import("../../pages/account/company.astro");
const { default: Checkout } = await import("../../pages/checkout/index.astro");
const { default: Invite } = await import("../../pages/invite/[token].astro");

/** A complete, valid trade application form. */
const APPLICATION = {
  company_name: "Acme",
  company_email: "ap@acme.example",
  currency_code: "eur",
  first_name: "Bob",
  last_name: "Brew",
  email: "bob@acme.example",
  password: "long enough",
};
const anonymous: App.Locals = { buyer: null, sessionToken: null, region: null, countries: [] };
const signedIn = tradeBuyerLocals({ email: "bob@acme.example", displayName: "Bob Brew" });

const company = (role: string, status = "active") => ({
  company: {
    id: "comp_1",
    name: "Acme Cafés",
    status,
    currency_code: "eur",
    payment_terms: "net30",
    credit_limit: 5000,
    po_required: true,
    spending_period: "monthly",
    email: "ap@acme.example",
    vat_id: null,
    phone: null,
  },
  employee: { id: "emp_1", role, spending_limit: 1000 },
  spending: { period_start: "2026-03-01T00:00:00Z", spent: 600, remaining: 400, currency_code: "eur" },
  credit: { limit: 5000, used: 1000, available: 4000 },
});

const renderPage = pageRenderer({ locals: () => anonymous });
const render = (page: never, url: string, locals: App.Locals, init?: PageRequest) =>
  renderPage(page, url, { ...init, locals });

beforeEach(() => {
  vi.resetAllMocks();
  backend.regions.list.mockResolvedValue([
    { id: "reg_eu", name: "Europe", currency_code: "eur", countries: [{ iso_2: "de" }] },
    { id: "reg_us", name: "United States", currency_code: "usd", countries: [{ iso_2: "us" }] },
  ]);
});

describe("/apply", () => {
  it("renders the company and account fields, labelled, for anonymous visitors", async () => {
    const { status, html } = await render(Apply as never, "http://localhost:4322/apply", anonymous);
    expect(status).toBe(200);
    for (const field of [
      "company_name",
      "vat_id",
      "company_email",
      "currency_code",
      "first_name",
      "last_name",
      "email",
      "password",
    ]) {
      expect(html).toContain(`<label for="field-${field}"`);
    }
    expect(html).toContain('<option value="usd"');
  });

  it("names each invalid field without calling the backend (400)", async () => {
    const { status, html } = await render(
      Apply as never,
      "http://localhost:4322/apply",
      anonymous,
      post({
        company_name: "",
        vat_id: "12",
        email: "bob",
        password: "pw",
        currency_code: "eur",
        company_email: "ap@acme.example",
      }),
    );
    expect(status).toBe(400);
    expect(backend.request).not.toHaveBeenCalled();
    expect(html).toMatch(/id="field-vat_id-error">Enter the VAT id with its country prefix/);
    expect(html).toMatch(/id="field-company_name-error">/);
    expect(html).toContain('value="ap@acme.example"');
    expect(html).not.toContain('value="pw"');
  });

  it("shows the backend's lock on the form (429)", async () => {
    backend.request.mockRejectedValue(new BackendRequestError("Too many attempts. Try again in 60 minutes.", 429));
    const { status, html } = await render(Apply as never, "http://localhost:4322/apply", anonymous, post(APPLICATION));
    expect(status).toBe(429);
    expect(html).toContain("Too many attempts. Try again in 60 minutes.");
  });

  it("sends a successful applicant to the confirmation (303)", async () => {
    backend.request.mockResolvedValue({ application: { status: "received" }, message: "Thank you." });
    const { status, location } = await render(
      Apply as never,
      "http://localhost:4322/apply",
      anonymous,
      post(APPLICATION),
    );
    expect(status).toBe(303);
    expect(location).toBe("/apply/received");
  });
});

describe("/sign-in for an applicant", () => {
  it("explains a pending application instead of signing in, and sets no session", async () => {
    backend.auth.login.mockResolvedValue("x.y.z");
    backend.request.mockImplementation(async (path: string) => {
      if (path === "/store/trade/me")
        return {
          customer: { id: "cus_1", email: "ada@acme.example", first_name: "Ada", last_name: null },
          is_trade: false,
          groups: [],
        };
      if (path === "/store/companies/me") return { company: { ...company("admin", "pending").company } };
      throw new NotFoundError();
    });
    const { status, html } = await render(
      SignIn as never,
      "http://localhost:4322/sign-in",
      anonymous,
      post({ email: "ada@acme.example", password: "long enough" }),
    );
    expect(status).toBe(403);
    expect(html).toMatch(/<h1[^>]*>Your trade application is being reviewed<\/h1>/);
    expect(html).not.toContain("no trade access");
    expect(html).not.toContain("x.y.z");
  });
});

describe("/account/team", () => {
  it("is closed to a buyer (403) without asking for the team", async () => {
    backend.request.mockImplementation(async (path: string) => {
      if (path === "/store/companies/me") return company("buyer");
      throw new Error(`unexpected ${path}`);
    });
    const { status, html } = await render(Team as never, "http://localhost:4322/account/team", signedIn);
    expect(status).toBe(403);
    expect(html).toContain("You cannot manage the team");
  });

  it("lists members and pending invitations for an admin", async () => {
    backend.request.mockImplementation(async (path: string) => {
      if (path === "/store/companies/me") return company("admin");
      if (path === "/store/companies/me/employees") {
        return {
          employees: [
            {
              id: "emp_1",
              role: "admin",
              spending_limit: null,
              customer: { id: "cus_1", email: "bob@acme.example", first_name: "Bob", last_name: "Brew" },
            },
            {
              id: "emp_2",
              role: "buyer",
              spending_limit: 800,
              customer: { id: "cus_2", email: "cy@acme.example", first_name: "Cy", last_name: null },
            },
          ],
        };
      }
      if (path === "/store/companies/me/invites") {
        return {
          invites: [
            {
              id: "einv_1",
              email: "dee@acme.example",
              role: "viewer",
              spending_limit: null,
              expires_at: "2999-01-01T00:00:00Z",
              accepted_at: null,
            },
          ],
        };
      }
      throw new Error(`unexpected ${path}`);
    });
    const { status, html } = await render(Team as never, "http://localhost:4322/account/team", signedIn);
    expect(status).toBe(200);
    expect(html).toContain('data-employee-id="emp_2"');
    expect(html).toContain('data-invite-id="einv_1"');
    // Own row: no role select, no removal.
    expect(html).not.toContain('id="member-emp_1-role"');
    expect(html).toContain('id="member-emp_2-role"');
  });

  it("shows the backend's refusal next to the member it concerns", async () => {
    backend.request.mockImplementation(async (path: string, init?: { method?: string }) => {
      if (path === "/store/companies/me") return company("admin");
      if (path === "/store/companies/me/employees/emp_2" && init?.method === "POST")
        throw new BackendRequestError("The last admin cannot be demoted", 400);
      if (path === "/store/companies/me/employees")
        return {
          employees: [
            {
              id: "emp_2",
              role: "admin",
              spending_limit: null,
              customer: { id: "cus_2", email: "cy@acme.example", first_name: "Cy", last_name: null },
            },
          ],
        };
      if (path === "/store/companies/me/invites") return { invites: [] };
      throw new Error(`unexpected ${path}`);
    });
    const { status, html } = await render(
      Team as never,
      "http://localhost:4322/account/team",
      signedIn,
      post({ intent: "update-member", employee_id: "emp_2", role: "buyer", spending_limit: "" }),
    );
    expect(status).toBe(400);
    expect(html).toContain("The last admin cannot be demoted");
    expect(html).toContain("member--invalid");
  });
});

describe("/account/company", () => {
  it("shows role, spending and credit", async () => {
    backend.request.mockResolvedValue(company("buyer"));
    const { status, html } = await render(Company as never, "http://localhost:4322/account/company", signedIn);
    expect(status).toBe(200);
    expect(html).toContain('data-role="buyer"');
    expect(html).toMatch(/data-remaining[^>]*>€400\.00/);
    expect(html).toMatch(/data-gauge="credit"/);
    expect(html).toContain("Net 30");
    // One company: no switcher, the company acted for is named.
    expect(html).not.toContain("data-company-switcher");
  });

  it("offers a person of two companies a plain-form switcher naming the company they act for", async () => {
    backend.request.mockResolvedValue(company("buyer"));
    const twoCompanies = tradeBuyerLocals({ email: "dana@franchise.example", displayName: "Dana" }, [
      { id: "comp_1", name: "Acme Cafés", role: "buyer", status: "active", active: true },
      { id: "comp_2", name: "Bravo Bistro", role: "admin", status: "active", active: false },
    ]);
    const { html } = await render(Company as never, "http://localhost:4322/account/company", twoCompanies);
    const form = element(html, "form", "action", "/company/switch");
    expect(form).toContain('method="post"');
    expect(form).toMatch(/<option value="comp_1" selected[^>]*>Acme Cafés<\/option>/);
    expect(form).toMatch(/<option value="comp_2"[^>]*>Bravo Bistro<\/option>/);
    expect(form).toContain('name="next" value="/account/company"');
    expect(html).toMatch(/data-active-company[^>]*> · Acme Cafés/);
  });
});

describe("/checkout", () => {
  it("is closed to a viewer (403)", async () => {
    backend.request.mockResolvedValue(company("viewer"));
    const { status, html } = await render(Checkout as never, "http://localhost:4322/checkout", signedIn);
    expect(status).toBe(403);
    expect(html).toContain("You cannot place orders");
  });
});

describe("/invite/[token]", () => {
  it("answers a malformed token with 404 without asking the backend", async () => {
    const { status, html } = await render(Invite as never, "http://localhost:4322/invite/nope", anonymous, {
      params: { token: "nope" },
    });
    expect(status).toBe(404);
    expect(html).toContain("Invitation not found");
    expect(backend.request).not.toHaveBeenCalled();
  });

  it("shows the company and role, and a 410 for a used invitation", async () => {
    const token = "c".repeat(64);
    backend.request.mockResolvedValueOnce({
      invite: {
        email: "dee@acme.example",
        role: "buyer",
        expires_at: "2999-01-01T00:00:00Z",
        company: { name: "Acme Cafés" },
      },
    });
    const ok = await render(Invite as never, `http://localhost:4322/invite/${token}`, anonymous, { params: { token } });
    expect(ok.status).toBe(200);
    expect(ok.html).toContain("Join Acme Cafés");
    expect(ok.html).toContain('data-role="buyer"');
    backend.request.mockRejectedValueOnce(new BackendRequestError("Invite expired", 410));
    const gone = await render(Invite as never, `http://localhost:4322/invite/${token}`, anonymous, {
      params: { token },
    });
    expect(gone.status).toBe(410);
  });

  it("offers a signed-in person to join with the account they have, and joins on POST", async () => {
    const token = "d".repeat(64);
    const invite = {
      invite: {
        email: "bob@acme.example",
        role: "buyer",
        expires_at: "2999-01-01T00:00:00Z",
        company: { name: "Bravo" },
      },
    };
    backend.request.mockResolvedValueOnce(invite);
    const page = await render(Invite as never, `http://localhost:4322/invite/${token}`, signedIn, {
      params: { token },
    });
    expect(page.html).toContain("data-join");
    expect(page.html).toContain("Join Bravo</button>");
    expect(page.html).not.toContain("Create my account");

    backend.request.mockResolvedValueOnce(invite).mockResolvedValueOnce({ company: { id: "comp_2", name: "Bravo" } });
    const joined = await render(Invite as never, `http://localhost:4322/invite/${token}`, signedIn, {
      ...post({}),
      params: { token },
    });
    expect(joined.status).toBe(303);
    expect(joined.location).toBe("/account/company?joined=1");
    expect(backend.request).toHaveBeenLastCalledWith(`/store/invites/${token}/join`, {
      method: "POST",
      body: {},
      token: "a.b.c",
    });
  });
});
