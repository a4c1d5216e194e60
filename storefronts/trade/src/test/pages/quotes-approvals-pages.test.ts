/**
 * Quotes and approvals pages rendered through Astro's container with a fake backend: the cart's
 * "Request a quote" and approval panel (locked while pending), checkout review refusing "Place
 * order" without a valid approval, the quote list and page (requested vs offered, accept / reject /
 * reply, and approval before accepting), the approvals inbox and decision page, the approval rules, the header entries. The
 * backend's own enforcement is tested in the plugins.
 */
import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { element, formPost as post, type PageRequest, pageRenderer, tradeBuyerLocals } from "../pages";

const backend = vi.hoisted(() => ({
  request: vi.fn(),
  regions: { list: vi.fn() },
  carts: { get: vi.fn(), create: vi.fn(), update: vi.fn(), updateItem: vi.fn(), removeItem: vi.fn() },
  checkout: {
    paymentProviders: vi.fn(),
    shippingOptions: vi.fn(),
    setShippingMethod: vi.fn(),
    initiatePayment: vi.fn(),
    complete: vi.fn(),
  },
}));
vi.mock("../../backend", () => ({ backend }));

const { default: Cart } = await import("../../pages/cart.astro");
const { default: Review } = await import("../../pages/checkout/review.astro");
const { default: Quotes } = await import("../../pages/quotes/index.astro");
const { default: QuotePage } = await import("../../pages/quotes/[id].astro");
const { default: Approvals } = await import("../../pages/approvals/index.astro");
const { default: ApprovalPage } = await import("../../pages/approvals/[id].astro");
const { default: ApprovalRules } = await import("../../pages/account/approval-rules.astro");
const { default: NotFound } = await import("../../pages/404.astro");

const CART = "cart_01JCART00000000000000000001";
const cartCookie = `hc_trade_cart=${CART}`;
const locals = (extra: Partial<App.Locals> = {}): App.Locals => ({
  ...tradeBuyerLocals({ email: "bea@acme.example", displayName: "Bea Barista" }),
  ...extra,
});

// Pages answer an unknown id with Astro.rewrite("/404"), as the site does.
const render = pageRenderer({ locals, routes: { "/404": NotFound as never } });
/** The cart page with the buyer's cart cookie: a GET, or the POST of a form's `fields`. */
const cartPage = (fields?: Array<[string, string]>) =>
  render(Cart as never, "http://localhost:4322/cart", { cookie: cartCookie, ...(fields && post(fields)) });
/** Checkout review with the cart cookie: a GET, or the POST of a form's `fields`. */
const reviewPage = (fields?: Array<[string, string]>) =>
  render(Review as never, "http://localhost:4322/checkout/review", { cookie: cartCookie, ...(fields && post(fields)) });
/** Quote quo_1's page. */
const quotePage = (init: PageRequest = {}) =>
  render(QuotePage as never, "http://localhost:4322/quotes/quo_1", { params: { id: "quo_1" }, ...init });
/** Approval request apreq_1's page: a GET, or the POST of a form's `fields`. */
const approvalPage = (fields?: Array<[string, string]>) =>
  render(ApprovalPage as never, "http://localhost:4322/approvals/apreq_1", {
    params: { id: "apreq_1" },
    ...(fields && post(fields)),
  });

const company = (role: string, extra: Record<string, unknown> = {}) => ({
  company: {
    id: "comp_1",
    name: "Acme Cafés",
    status: "active",
    currency_code: "eur",
    payment_terms: "prepaid",
    credit_limit: 0,
    po_required: false,
    spending_period: "monthly",
    email: "ap@acme.example",
    vat_id: null,
    phone: null,
    ...extra,
  },
  employee: { id: "emp_1", role, spending_limit: null },
  spending: null,
  credit: null,
});
const line = {
  id: "cali_1",
  variant_id: "v_1kg",
  variant_sku: "COLOMBIA-HUILA-1KG",
  product_title: "Colombia Huila",
  product_handle: "colombia-huila",
  variant_title: "1 kg",
  title: "1 kg",
  quantity: 50,
  unit_price: 23.9,
  subtotal: 1195,
  created_at: "2026-11-26T10:00:00Z",
};
const cart = (extra: Record<string, unknown> = {}) => ({
  id: CART,
  region_id: "reg_eu",
  currency_code: "eur",
  customer_id: "cus_1",
  shipping_address: { country_code: "de" },
  items: [line],
  item_subtotal: 1195,
  item_tax_total: 227.05,
  item_total: 1422.05,
  ...extra,
});
const request = (status: string, extra: Record<string, unknown> = {}) => ({
  id: "apreq_1",
  status,
  cart_id: CART,
  company_id: "comp_1",
  requested_by: { customer_id: "cus_1", name: "Bea Barista", email: "bea@acme.example" },
  amount: 1195,
  currency_code: "eur",
  items: [
    {
      variant_id: "v_1kg",
      title: "Colombia Huila",
      variant_title: "1 kg",
      sku: "COLOMBIA-HUILA-1KG",
      quantity: 50,
      unit_price: 23.9,
      subtotal: 1195,
    },
  ],
  reasons: [{ code: "amount", message: "The cart is over the approval limit of €1,000.00 net." }],
  comment: "For the new branch",
  decided_by: null,
  decision_comment: null,
  decided_at: null,
  order_id: null,
  created_at: "2026-11-26T11:00:00Z",
  ...extra,
});
const cartApproval = (required: boolean, approval: unknown = null, valid = false) => ({
  requirement: {
    required,
    reasons: required ? [{ code: "amount", message: "The cart is over the approval limit of €1,000.00 net." }] : [],
  },
  approval,
  valid,
});

type Handler = (init: { method?: string; body?: unknown; query?: Record<string, unknown> }) => unknown;
/** Answers `backend.request` from a table of "METHOD /path" handlers; anything else fails the test. */
function routes(table: Record<string, Handler | object>) {
  backend.request.mockImplementation(
    async (path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}) => {
      const key = `${init.method ?? "GET"} ${path}`;
      if (!(key in table)) throw new Error(`unexpected ${key}`);
      const entry = table[key];
      return typeof entry === "function" ? (entry as Handler)(init) : entry;
    },
  );
}
const calls = (key: string) =>
  backend.request.mock.calls.filter(([path, init]) => `${init?.method ?? "GET"} ${path}` === key);

beforeEach(() => {
  vi.resetAllMocks();
  backend.carts.get.mockResolvedValue(cart());
});

describe("cart: request a quote", () => {
  beforeEach(() => {
    routes({
      "GET /store/companies/me": company("buyer"),
      [`GET /store/carts/${CART}/price-explanations`]: { lines: [] },
      [`GET /store/carts/${CART}/approval`]: cartApproval(false),
      "POST /store/quotes": { quote: { id: "quo_1", display_id: 7, status: "requested" } },
    });
  });

  it("offers a labelled message field and the 'Request a quote' button, and checkout", async () => {
    const { status, html } = await cartPage();
    expect(status).toBe(200);
    expect(html).toContain('<label for="quote-message">Message to our sales team</label>');
    expect(html).toMatch(/<textarea id="quote-message" name="message"[^>]*required/);
    expect(html).toMatch(/<button type="submit" class="secondary">Request a quote<\/button>/);
    expect(html).toContain('href="/checkout">Checkout</a>');
    expect(html).not.toContain("data-approval-state");
  });

  it("creates the quote from the cart, forgets the cart and goes to the quote (303)", async () => {
    const { status, location, cookies } = await cartPage([
      ["intent", "request-quote"],
      ["message", "50 kg a month from January"],
    ]);
    expect(status).toBe(303);
    expect(location).toBe("/quotes/quo_1?done=requested");
    expect(calls("POST /store/quotes")[0]![1]).toMatchObject({
      body: { cart_id: CART, message: "50 kg a month from January" },
      token: "a.b.c",
    });
    expect(cookies.join("\n")).toMatch(
      /hc_trade_cart=;|hc_trade_cart=deleted|hc_trade_cart=[^;]*;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i,
    );
  });

  it("asks for a message without calling the backend (400)", async () => {
    const { status, html } = await cartPage([
      ["intent", "request-quote"],
      ["message", "  "],
    ]);
    expect(status).toBe(400);
    expect(calls("POST /store/quotes")).toHaveLength(0);
    expect(html).toMatch(/id="quote-message-error"[^>]*>Tell our sales team/);
    expect(html).toMatch(/<textarea id="quote-message"[^>]*aria-invalid="true"/);
  });

  it("shows the backend's refusal in the form and keeps the message", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      [`GET /store/carts/${CART}/price-explanations`]: { lines: [] },
      [`GET /store/carts/${CART}/approval`]: cartApproval(false),
      "POST /store/quotes": () => {
        throw new BackendRequestError("The cart currency (usd) is not the company currency (eur)", 400);
      },
    });
    const { status, html } = await cartPage([
      ["intent", "request-quote"],
      ["message", "Please quote"],
    ]);
    expect(status).toBe(400);
    expect(html).toContain("The cart currency (usd) is not the company currency (eur)");
    expect(html).toMatch(/<textarea id="quote-message"[^>]*>Please quote<\/textarea>/);
  });

  it("offers no quote form to a viewer", async () => {
    routes({
      "GET /store/companies/me": company("viewer"),
      [`GET /store/carts/${CART}/price-explanations`]: { lines: [] },
      [`GET /store/carts/${CART}/approval`]: cartApproval(false),
    });
    const { html } = await cartPage();
    expect(html).not.toContain("Request a quote");
  });
});

describe("cart: approval panel", () => {
  const withApproval = (answer: unknown, extra: Record<string, unknown> = {}) =>
    routes({
      "GET /store/companies/me": company("buyer"),
      [`GET /store/carts/${CART}/price-explanations`]: { lines: [] },
      [`GET /store/carts/${CART}/approval`]: answer as object,
      [`POST /store/carts/${CART}/approval`]: { approval: request("pending") },
      [`DELETE /store/carts/${CART}/approval`]: { approval: request("withdrawn") },
      ...extra,
    });

  it("says why approval is needed and offers 'Submit for approval' with a comment instead of checkout", async () => {
    withApproval(cartApproval(true));
    const { html } = await cartPage();
    const panel = element(html, "section", "data-approval-state", "needed");
    expect(panel).toContain('<h2 id="approval-title">Approval needed</h2>');
    expect(panel).toContain("The cart is over the approval limit of €1,000.00 net.");
    expect(panel).toMatch(/<label for="approval_comment">Comment for the approver/);
    expect(panel).toContain(">Submit for approval</button>");
    expect(html).not.toContain('href="/checkout">Checkout</a>');
  });

  it("submits with the comment (303) and withdraws (303)", async () => {
    withApproval(cartApproval(true));
    const submitted = await cartPage([
      ["intent", "submit-approval"],
      ["approval_comment", "For the new branch"],
    ]);
    expect(submitted.status).toBe(303);
    expect(submitted.location).toBe("/cart?approval=submitted");
    expect(calls(`POST /store/carts/${CART}/approval`)[0]![1]).toMatchObject({
      body: { comment: "For the new branch" },
    });
    const withdrawn = await cartPage([["intent", "withdraw-approval"]]);
    expect(withdrawn.location).toBe("/cart?approval=withdrawn");
    expect(calls(`DELETE /store/carts/${CART}/approval`)).toHaveLength(1);
  });

  it("locks the cart's edit forms while pending and says so, with 'Withdraw approval request'", async () => {
    withApproval(cartApproval(true, request("pending")));
    const { html } = await render(Cart as never, "http://localhost:4322/cart?approval=submitted", {
      cookie: cartCookie,
    });
    expect(html).toContain("Your cart was submitted for approval.");
    expect(html).toContain('id="cart-locked"');
    expect(html).toContain("This cart is awaiting approval, so its lines and quantities cannot be changed.");
    const row = element(html, "tr", "data-line-id", "cali_1");
    expect(row).toMatch(/<input id="qty-cali_1"[^>]*aria-describedby="cart-locked"[^>]*disabled/);
    expect(row).toMatch(/<button type="submit" class="secondary" disabled>Update/);
    expect(row).toMatch(/<button type="submit" class="link" disabled>Remove/);
    expect(html).toContain(">Withdraw approval request</button>");
    expect(html).not.toContain("Request a quote");
    expect(html).not.toContain('href="/checkout"');
  });

  it("shows the backend's 409 when a locked cart is edited anyway", async () => {
    withApproval(cartApproval(true, request("pending")));
    backend.carts.updateItem.mockRejectedValue(
      new BackendRequestError("This cart is awaiting approval: withdraw the request to change it", 409),
    );
    const { status, html } = await cartPage([
      ["intent", "update"],
      ["line_id", "cali_1"],
      ["quantity", "60"],
    ]);
    expect(status).toBe(409);
    expect(html).toContain("This cart is awaiting approval: withdraw the request to change it");
  });

  it("leads an approved cart to checkout and warns that edits void the approval", async () => {
    withApproval(
      cartApproval(
        true,
        request("approved", {
          decided_by: { customer_id: "cus_2", name: "Al Approver" },
          decided_at: "2026-11-26T12:00:00Z",
          decision_comment: "Go ahead",
        }),
        true,
      ),
    );
    const { html } = await cartPage();
    expect(html).toContain('<a class="button" href="/checkout">Proceed to checkout</a>');
    expect(html).toContain("Changing a line or a quantity voids the approval");
    expect(html).toContain("Al Approver");
    expect(html).toContain("Go ahead");
  });

  it("shows the approver's comment on a rejected cart and lets the buyer submit again", async () => {
    withApproval(
      cartApproval(
        true,
        request("rejected", {
          decided_by: { customer_id: "cus_2", name: "Al Approver" },
          decision_comment: "Too much before the audit",
        }),
      ),
    );
    const { html } = await cartPage();
    expect(html).toContain("Approval was rejected");
    expect(html).toMatch(/data-decision-comment>Too much before the audit<\/blockquote>/);
    expect(html).toContain(">Submit for approval</button>");
  });

  it("shows a refused submit in the panel (viewer 403)", async () => {
    withApproval(cartApproval(true), {
      [`POST /store/carts/${CART}/approval`]: () => {
        throw new BackendRequestError("Viewers cannot submit carts for approval", 403);
      },
    });
    const { status, html } = await cartPage([
      ["intent", "submit-approval"],
      ["approval_comment", "pls"],
    ]);
    expect(status).toBe(403);
    expect(html).toMatch(/id="approval_comment-error"[^>]*>Viewers cannot submit carts for approval/);
    expect(html).toMatch(/<textarea id="approval_comment"[^>]*>pls<\/textarea>/);
  });
});

describe("checkout review", () => {
  const reviewCart = cart({
    metadata: { company_id: "comp_1" },
    shipping_address: {
      country_code: "de",
      address_1: "Torstraße 1",
      city: "Berlin",
      postal_code: "10119",
      first_name: "Bea",
      last_name: "Barista",
    },
    shipping_subtotal: 10,
    tax_total: 229,
    total: 1434,
  });
  beforeEach(() => {
    backend.carts.get.mockResolvedValue(reviewCart);
    backend.checkout.paymentProviders.mockResolvedValue([{ id: "pp_system_default" }]);
    backend.checkout.shippingOptions.mockResolvedValue([{ id: "so_std", name: "Standard", amount: 10 }]);
    backend.checkout.setShippingMethod.mockResolvedValue(reviewCart);
  });

  it("refuses 'Place order' without a valid approval: explains and links back to the cart", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      [`GET /store/carts/${CART}/approval`]: cartApproval(true, request("pending")),
    });
    const { status, html } = await reviewPage();
    expect(status).toBe(200);
    expect(html).not.toContain("Place order</button>");
    expect(html).toMatch(/<h2 id="approval-block-title">Awaiting approval: this order cannot be placed yet<\/h2>/);
    expect(html).toContain('<a class="button" href="/cart">Back to your cart</a>');
  });

  it("does not try to place a blocked order posted anyway (403)", async () => {
    routes({ "GET /store/companies/me": company("buyer"), [`GET /store/carts/${CART}/approval`]: cartApproval(true) });
    const { status } = await reviewPage([["option_id", "so_std"]]);
    expect(status).toBe(403);
    expect(backend.checkout.complete).not.toHaveBeenCalled();
  });

  it("offers 'Place order' for an approved cart, and shows the backend's refusal (403) with a way back", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      [`GET /store/carts/${CART}/approval`]: cartApproval(true, request("approved"), true),
    });
    const page = await reviewPage();
    expect(page.html).toContain("Place order</button>");
    backend.checkout.initiatePayment.mockResolvedValue({});
    backend.checkout.complete.mockRejectedValue(
      new BackendRequestError("This cart changed since it was approved — submit it again", 403),
    );
    const { status, html } = await reviewPage([["option_id", "so_std"]]);
    expect(status).toBe(403);
    expect(html).toContain('data-completion-error="approval"');
    expect(html).toContain("This cart changed since it was approved — submit it again");
    expect(html).toContain('<a href="/cart">Back to your cart</a>');
  });

  it("shows a 409 refusal with its message", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      [`GET /store/carts/${CART}/approval`]: () => {
        throw new NotFoundError();
      },
    });
    backend.checkout.initiatePayment.mockResolvedValue({});
    backend.checkout.complete.mockRejectedValue(new BackendRequestError("This cart is awaiting approval", 409));
    const { status, html } = await reviewPage([["option_id", "so_std"]]);
    expect(status).toBe(409);
    expect(html).toContain("This cart is awaiting approval");
  });
});

const quote = (extra: Record<string, unknown> = {}) => ({
  id: "quo_1",
  display_id: 7,
  status: "sent",
  company_id: "comp_1",
  company_name: "Acme Cafés",
  requested_by: { customer_id: "cus_1", name: "Bea Barista", email: "bea@acme.example" },
  currency_code: "eur",
  region_id: "reg_eu",
  expires_at: "2999-01-31T00:00:00Z",
  version: 1,
  order_id: null,
  contract_price_list_id: null,
  message: "50 kg a month from January",
  lines: [
    {
      id: "ql_1",
      variant_id: "v_1kg",
      product_id: "p_1",
      title: "Colombia Huila",
      variant_title: "1 kg",
      sku: "COLOMBIA-HUILA-1KG",
      thumbnail: null,
      requested_quantity: 50,
      requested_unit_price: 23.9,
      quantity: 60,
      unit_price: 21.5,
      subtotal: 1290,
      change: "changed",
    },
    {
      id: "ql_2",
      variant_id: "v_250",
      product_id: "p_1",
      title: "Colombia Huila",
      variant_title: "250 g",
      sku: "COLOMBIA-HUILA-250G",
      thumbnail: null,
      requested_quantity: 12,
      requested_unit_price: 8.6,
      quantity: 12,
      unit_price: 8.6,
      subtotal: 103.2,
      change: "removed",
    },
    {
      id: "ql_3",
      variant_id: "v_filter",
      product_id: "p_2",
      title: "Filter papers",
      variant_title: null,
      sku: "FILTER-100",
      thumbnail: null,
      requested_quantity: null,
      requested_unit_price: null,
      quantity: 10,
      unit_price: 3,
      subtotal: 30,
      change: "added",
    },
  ],
  totals: { requested_subtotal: 1298.2, subtotal: 1320, currency_code: "eur" },
  messages: [
    {
      id: "qm_1",
      author_type: "merchant",
      author_name: "Sam Sales",
      body: "We can do 60 kg at €21.50.",
      line_id: "ql_1",
      created_at: "2026-11-26T12:00:00Z",
    },
  ],
  history: [
    {
      id: "qe_1",
      action: "requested",
      actor_type: "customer",
      actor_name: "Bea Barista",
      from_status: null,
      to_status: "requested",
      data: null,
      created_at: "2026-11-26T11:00:00Z",
    },
    {
      id: "qe_2",
      action: "sent",
      actor_type: "merchant",
      actor_name: "Sam Sales",
      from_status: "requested",
      to_status: "sent",
      data: null,
      created_at: "2026-11-26T12:00:00Z",
    },
  ],
  created_at: "2026-11-26T11:00:00Z",
  updated_at: "2026-11-26T12:00:00Z",
  ...extra,
});
const address = {
  id: "caddr_1",
  label: "Main café",
  is_shipping: true,
  is_billing: true,
  first_name: "Bea",
  last_name: "Barista",
  company: "Acme Cafés",
  address_1: "Torstraße 1",
  address_2: null,
  city: "Berlin",
  postal_code: "10119",
  province: null,
  country_code: "de",
  phone: null,
};

describe("/quotes", () => {
  it("filters by status and shows status badges", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      "GET /store/quotes": {
        quotes: [
          { ...quote(), lines: undefined, line_count: 3, subtotal: 1320 },
          {
            ...quote({ id: "quo_2", display_id: 8, status: "requested", expires_at: null }),
            lines: undefined,
            line_count: 1,
            subtotal: 50,
          },
        ],
        count: 2,
      },
    });
    const { status, html } = await render(Quotes as never, "http://localhost:4322/quotes?status=sent");
    expect(status).toBe(200);
    expect(calls("GET /store/quotes")[0]![1]).toMatchObject({ query: { status: "sent", limit: 20, offset: 0 } });
    expect(html).toContain('<label for="quote-status">Status</label>');
    expect(html).toMatch(/<option value="sent" selected>Offer received<\/option>/);
    const row = element(html, "tr", "data-quote-id", "quo_1");
    expect(row).toContain('href="/quotes/quo_1">Quote #7</a>');
    expect(row).toMatch(/data-status="sent">Offer received<\/span>/);
    expect(row).toContain("€1,320.00");
    expect(element(html, "tr", "data-quote-id", "quo_2")).toMatch(/data-status="requested">Requested<\/span>/);
  });

  it("says when there are none", async () => {
    routes({ "GET /store/companies/me": company("buyer"), "GET /store/quotes": { quotes: [], count: 0 } });
    const { html } = await render(Quotes as never, "http://localhost:4322/quotes?status=expired");
    expect(html).toContain("No quotes with the status “expired”.");
  });
});

const noRules = { amount_threshold: null, currency_code: "eur", amount_applies_to: ["buyer"], always_roles: [] };

describe("/quotes/[id]", () => {
  const quoteRoutes = (extra: Record<string, Handler | object> = {}, role = "buyer") =>
    routes({
      "GET /store/companies/me": company(role, { po_required: true }),
      "GET /store/quotes/quo_1": { quote: quote() },
      "GET /store/companies/me/addresses": { addresses: [address] },
      "GET /store/approvals/settings": { settings: noRules },
      ...extra,
    });

  it("shows requested vs offered per line with the change, totals, expiry, thread and history", async () => {
    quoteRoutes();
    backend.checkout.shippingOptions.mockResolvedValue([{ id: "so_std", name: "Standard", amount: 10 }]);
    const { status, html } = await quotePage({ cookie: cartCookie });
    expect(status).toBe(200);
    expect(html).toMatch(
      /<h1>Quote #7 <span class="status-badge status-badge--action" data-status="sent">Offer received<\/span><\/h1>/,
    );
    for (const header of ["Requested qty", "Requested unit price", "Offered qty", "Offered unit price", "Change"])
      expect(html).toContain(
        `<th scope="col"${header.includes("qty") || header.includes("price") ? ' class="num"' : ""}>${header}</th>`,
      );
    const changed = element(html, "tr", "data-line-id", "ql_1");
    expect(changed).toContain('data-change="changed"');
    expect(changed).toContain("Quantity 50 → 60");
    expect(changed).toContain("Unit price €23.90 → €21.50 (−10%)");
    expect(element(html, "tr", "data-line-id", "ql_2")).toContain("Removed");
    expect(element(html, "tr", "data-line-id", "ql_3")).toContain("Added to the offer: 10 × €3.00");
    expect(html).toMatch(/data-requested-subtotal="1298.2">€1,298.20/);
    expect(html).toMatch(/data-subtotal="1320">€1,320.00/);
    expect(html).toMatch(/data-difference="21.8">\+€21.80/);
    expect(html).toContain("Offer valid until");
    expect(html).toContain("31 January 2999");
    const message = element(html, "li", "data-message-id", "qm_1");
    expect(message).toContain("Sam Sales (Hybrid Roasters)");
    expect(message).toContain("About: Colombia Huila, 1 kg (COLOMBIA-HUILA-1KG)");
    expect(html).toContain("Offer sent");
    expect(html).toContain("Requested → Offer received");
  });

  it("offers 'Accept offer' (address, PO number, delivery option), 'Reject offer' and 'Send reply', all labelled", async () => {
    quoteRoutes();
    backend.checkout.shippingOptions.mockResolvedValue([{ id: "so_std", name: "Standard", amount: 10 }]);
    const { html } = await quotePage({ cookie: cartCookie });
    expect(html).toMatch(/<label for="accept-company_address_id">Delivery and invoice address/);
    expect(html).toMatch(/<label for="accept-po_number">PO number/);
    expect(html).toMatch(/<label for="accept-shipping_option_id">Delivery option<\/label>/);
    expect(html).toContain('<option value="so_std">Standard (€10.00 net)</option>');
    expect(html).toContain(">Accept offer</button>");
    expect(html).toMatch(/<label for="reject-reason">Reason/);
    expect(html).toContain(">Reject offer</button>");
    expect(html).toContain('<label for="reply-body">Message</label>');
    expect(html).toContain('<label for="reply-line_id">Regarding</label>');
    expect(html).toContain('<option value="ql_1">Colombia Huila, 1 kg (COLOMBIA-HUILA-1KG)</option>');
    expect(html).toContain(">Send reply</button>");
  });

  it("accepts with only the address, PO number and option, then shows the order link", async () => {
    quoteRoutes({
      "POST /store/quotes/quo_1/accept": {
        quote: quote({ status: "accepted", order_id: "order_9" }),
        order: { id: "order_9", display_id: 31 },
      },
    });
    backend.checkout.shippingOptions.mockResolvedValue([{ id: "so_std", name: "Standard", amount: 10 }]);
    const { status, location } = await quotePage({
      cookie: cartCookie,
      ...post([
        ["intent", "accept"],
        ["company_address_id", "caddr_1"],
        ["po_number", "PO-77"],
        ["shipping_option_id", "so_std"],
      ]),
    });
    expect(status).toBe(303);
    expect(location).toBe("/quotes/quo_1?done=accepted");
    expect(calls("POST /store/quotes/quo_1/accept")[0]![1]).toEqual({
      method: "POST",
      token: "a.b.c",
      body: { company_address_id: "caddr_1", po_number: "PO-77", shipping_option_id: "so_std" },
    });

    quoteRoutes({ "GET /store/quotes/quo_1": { quote: quote({ status: "accepted", order_id: "order_9" }) } });
    const { html } = await render(QuotePage as never, "http://localhost:4322/quotes/quo_1?done=accepted", {
      params: { id: "quo_1" },
    });
    expect(html).toContain("You accepted the offer and the order was placed.");
    expect(html).toContain('<a href="/orders/order_9">View the order</a>');
    expect(html).not.toContain(">Accept offer</button>");
  });

  it("needs the PO number the company requires (400), and shows the backend's 409", async () => {
    quoteRoutes({
      "POST /store/quotes/quo_1/accept": () => {
        throw new BackendRequestError("Quote #7 is already accepted", 409);
      },
    });
    const missing = await quotePage(
      post([
        ["intent", "accept"],
        ["company_address_id", "caddr_1"],
        ["po_number", ""],
      ]),
    );
    expect(missing.status).toBe(400);
    expect(missing.html).toMatch(/id="accept-po_number-error">Your company requires a PO number/);
    expect(calls("POST /store/quotes/quo_1/accept")).toHaveLength(0);
    const conflict = await quotePage(
      post([
        ["intent", "accept"],
        ["company_address_id", "caddr_1"],
        ["po_number", "PO-1"],
      ]),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.html).toContain("The offer was not accepted");
    expect(conflict.html).toContain("Quote #7 is already accepted");
  });

  it("rejects with a reason and replies about a line", async () => {
    quoteRoutes({
      "POST /store/quotes/quo_1/reject": { quote: quote({ status: "rejected" }) },
      "POST /store/quotes/quo_1/messages": { quote: quote() },
    });
    const rejected = await quotePage(
      post([
        ["intent", "reject"],
        ["reason", "Too expensive"],
      ]),
    );
    expect(rejected.location).toBe("/quotes/quo_1?done=rejected");
    expect(calls("POST /store/quotes/quo_1/reject")[0]![1]).toMatchObject({ body: { reason: "Too expensive" } });
    const replied = await quotePage(
      post([
        ["intent", "reply"],
        ["body", "Can you do 70?"],
        ["line_id", "ql_1"],
      ]),
    );
    expect(replied.location).toBe("/quotes/quo_1?done=reply#conversation");
    expect(calls("POST /store/quotes/quo_1/messages")[0]![1]).toMatchObject({
      body: { body: "Can you do 70?", line_id: "ql_1" },
    });
  });

  it("hides accept and reject from someone else's quote unless admin, and on expired offers", async () => {
    quoteRoutes(
      {
        "GET /store/quotes/quo_1": {
          quote: quote({ requested_by: { customer_id: "cus_9", name: "Cy", email: null } }),
        },
      },
      "approver",
    );
    const other = await quotePage();
    expect(other.html).not.toContain(">Accept offer</button>");
    expect(other.html).toContain(">Send reply</button>");
    quoteRoutes({
      "GET /store/quotes/quo_1": { quote: quote({ status: "expired", expires_at: "2026-11-01T00:00:00Z" }) },
    });
    const expired = await quotePage();
    expect(expired.html).toMatch(/data-status="expired">Expired<\/span>/);
    expect(expired.html).toContain("Expired on");
    expect(expired.html).not.toContain(">Accept offer</button>");
  });

  it("answers 404 for a quote the backend does not show this buyer", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      "GET /store/quotes/quo_x": () => {
        throw new NotFoundError("Quote not found");
      },
    });
    const { status } = await render(QuotePage as never, "http://localhost:4322/quotes/quo_x", {
      params: { id: "quo_x" },
    });
    expect(status).toBe(404);
  });
});

describe("/quotes/[id]: approval before accepting", () => {
  const ACCEPT_CART = "cart_01JACCEPT0000000000000001";
  const overLimit = { amount_threshold: 250, currency_code: "eur", amount_applies_to: ["buyer"], always_roles: [] };
  const acceptCartApproval = (approval: unknown, valid = false) => ({
    requirement: {
      required: true,
      reasons: [
        {
          code: "amount",
          message: "The cart's value of €1,320.00 (net) is above your company's approval limit of €250.00 for buyers.",
        },
      ],
    },
    approval,
    valid,
  });
  const decided = (status: string, extra: Record<string, unknown> = {}) =>
    request(status, {
      cart_id: ACCEPT_CART,
      amount: 1320,
      decided_by: { customer_id: "cus_2", name: "Al Approver" },
      decided_at: "2026-11-27T09:00:00Z",
      ...extra,
    });
  const approvalRoutes = (
    extra: Record<string, Handler | object> = {},
    quoteExtra: Record<string, unknown> = {},
    role = "buyer",
  ) =>
    routes({
      "GET /store/companies/me": company(role),
      "GET /store/quotes/quo_1": { quote: quote(quoteExtra) },
      "GET /store/companies/me/addresses": { addresses: [address] },
      "GET /store/approvals/settings": { settings: overLimit },
      ...extra,
    });
  const page = (url = "http://localhost:4322/quotes/quo_1", init: RequestInit = {}) =>
    render(QuotePage as never, url, { params: { id: "quo_1" }, ...init });

  it("needed: says why from the company's rules and offers 'Submit for approval' (address, PO number, comment) instead of 'Accept offer'", async () => {
    approvalRoutes();
    const { status, html } = await page();
    expect(status).toBe(200);
    expect(calls("GET /store/approvals/settings")).toHaveLength(1);
    const panel = element(html, "section", "data-approval-state", "needed");
    expect(panel).toContain('<h2 id="quote-approval-title">Approval needed</h2>');
    expect(panel).toContain("an approver in your company decides in Approvals");
    expect(panel).toContain(
      "The offer&#39;s value of €1,320.00 (net) is above your company&#39;s approval limit of €250.00 for buyers.",
    );
    expect(panel).toMatch(/<label for="submit-approval-company_address_id">Delivery and invoice address/);
    expect(panel).toContain('<option value="caddr_1" selected>');
    expect(panel).toMatch(/<label for="submit-approval-po_number">PO number/);
    expect(panel).toMatch(/<label for="submit-approval-comment">Comment for the approver/);
    expect(panel).toMatch(/<textarea id="submit-approval-comment" name="comment"/);
    expect(panel).toContain('<input type="hidden" name="intent" value="submit-approval">');
    expect(panel).toContain(">Submit for approval</button>");
    expect(html).not.toContain(">Accept offer</button>");
    expect(html).toContain(">Reject offer</button>");
  });

  it("needs nothing for a role the rule does not cover: 'Accept offer' as usual", async () => {
    approvalRoutes({}, {}, "admin");
    const { html } = await page();
    expect(html).not.toContain("data-approval-state");
    expect(html).toContain(">Accept offer</button>");
  });

  it("shows the backend's refusal of a submit the rules did not call for", async () => {
    approvalRoutes({
      "GET /store/approvals/settings": { settings: noRules },
      "POST /store/quotes/quo_1/cart": { quote: quote({ accept_cart_id: ACCEPT_CART }), cart_id: ACCEPT_CART },
      [`POST /store/carts/${ACCEPT_CART}/approval`]: () => {
        throw new BackendRequestError("This cart does not need approval", 409);
      },
    });
    const { status, html } = await page(
      undefined,
      post([
        ["intent", "submit-approval"],
        ["company_address_id", "caddr_1"],
      ]),
    );
    expect(status).toBe(409);
    expect(html).toContain("Nothing was submitted for approval");
    expect(html).toMatch(/data-approval-error>This cart does not need approval<\/p>/);
    expect(html).toContain(">Accept offer</button>");
  });

  it("submits: the quote's accept cart first, then that cart for approval, and back with a notice (303)", async () => {
    approvalRoutes({
      "POST /store/quotes/quo_1/cart": { quote: quote({ accept_cart_id: ACCEPT_CART }), cart_id: ACCEPT_CART },
      [`POST /store/carts/${ACCEPT_CART}/approval`]: {
        approval: decided("pending", { decided_by: null, decided_at: null }),
      },
    });
    const { status, location } = await page(
      undefined,
      post([
        ["intent", "submit-approval"],
        ["company_address_id", "caddr_1"],
        ["po_number", "PO-12"],
        ["comment", "Christmas stock"],
      ]),
    );
    expect(status).toBe(303);
    expect(location).toBe("/quotes/quo_1?done=approval-submitted");
    expect(calls("POST /store/quotes/quo_1/cart")[0]![1]).toEqual({
      method: "POST",
      token: "a.b.c",
      body: { company_address_id: "caddr_1", po_number: "PO-12" },
    });
    expect(calls(`POST /store/carts/${ACCEPT_CART}/approval`)[0]![1]).toEqual({
      method: "POST",
      token: "a.b.c",
      body: { comment: "Christmas stock" },
    });
    const order = backend.request.mock.calls
      .map(([path, init]) => `${init?.method ?? "GET"} ${path}`)
      .filter((key) => key.startsWith("POST"));
    expect(order).toEqual(["POST /store/quotes/quo_1/cart", `POST /store/carts/${ACCEPT_CART}/approval`]);
  });

  it("shows a refused submit in its form with what was typed", async () => {
    approvalRoutes({
      "POST /store/quotes/quo_1/cart": { quote: quote({ accept_cart_id: ACCEPT_CART }), cart_id: ACCEPT_CART },
      [`POST /store/carts/${ACCEPT_CART}/approval`]: () => {
        throw new BackendRequestError("This cart already has a pending approval request", 409);
      },
    });
    const { status, html } = await page(
      undefined,
      post([
        ["intent", "submit-approval"],
        ["company_address_id", "caddr_1"],
        ["comment", "Please"],
      ]),
    );
    expect(status).toBe(409);
    const panel = element(html, "section", "data-approval-state", "needed");
    expect(panel).toContain("Nothing was submitted for approval");
    expect(panel).toContain("This cart already has a pending approval request");
    expect(html).toMatch(/<textarea id="submit-approval-comment"[^>]*>Please<\/textarea>/);
  });

  it("pending: 'Awaiting approval', an approver decides in Approvals, no 'Accept offer'", async () => {
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("pending", { decided_by: null, decided_at: null, comment: "Christmas stock" }),
        ),
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const { status, html } = await page("http://localhost:4322/quotes/quo_1?done=approval-submitted");
    expect(status).toBe(200);
    expect(calls("GET /store/approvals/settings")).toHaveLength(0);
    expect(html).toContain("The order was submitted for approval.");
    const panel = element(html, "section", "data-approval-state", "pending");
    expect(panel).toContain('<h2 id="quote-approval-title">Awaiting approval</h2>');
    expect(panel).toContain(
      "An approver in your company decides in Approvals; once it is approved, you can accept the offer here.",
    );
    expect(panel).toMatch(/data-status="pending">Awaiting approval<\/span>/);
    expect(panel).toContain("€1,320.00");
    expect(panel).toContain("Christmas stock");
    expect(panel).toContain('<a href="/approvals/apreq_1">View the approval request</a>');
    expect(panel).not.toContain(">Submit for approval</button>");
    expect(html).not.toContain(">Accept offer</button>");
  });

  it("pending: an accept posted anyway shows the backend's 403 message", async () => {
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("pending", { decided_by: null, decided_at: null }),
        ),
        "POST /store/quotes/quo_1/accept": () => {
          throw new BackendRequestError(
            "This cart is awaiting approval: it can be ordered once an approver has approved it.",
            403,
          );
        },
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const { status, html } = await page(
      undefined,
      post([
        ["intent", "accept"],
        ["company_address_id", "caddr_1"],
      ]),
    );
    expect(status).toBe(403);
    expect(html).toContain("The offer was not accepted");
    expect(html).toContain("This cart is awaiting approval: it can be ordered once an approver has approved it.");
    expect(html).toContain('data-approval-state="pending"');
    expect(html).not.toContain(">Accept offer</button>");
  });

  it("pending: the submitter can withdraw the request (DELETE on the accept cart with the token, 303 with a notice)", async () => {
    const pending = decided("pending", { decided_by: null, decided_at: null });
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(pending),
        [`DELETE /store/carts/${ACCEPT_CART}/approval`]: {
          approval: decided("withdrawn", { decided_by: null, decided_at: null }),
        },
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const before = await page();
    const panel = element(before.html, "section", "data-approval-state", "pending");
    expect(panel).toMatch(
      /<form method="post" action="\/quotes\/quo_1" class="inline-form">\s*<input type="hidden" name="intent" value="withdraw-approval">\s*<button type="submit" class="secondary">Withdraw approval request<\/button>/,
    );

    const { status, location } = await page(undefined, post([["intent", "withdraw-approval"]]));
    expect(status).toBe(303);
    expect(location).toBe("/quotes/quo_1?done=approval-withdrawn");
    expect(calls(`DELETE /store/carts/${ACCEPT_CART}/approval`)).toEqual([
      [`/store/carts/${ACCEPT_CART}/approval`, { method: "DELETE", token: "a.b.c" }],
    ]);

    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("withdrawn", { decided_by: null, decided_at: null }),
        ),
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const after = await page("http://localhost:4322/quotes/quo_1?done=approval-withdrawn");
    expect(after.html).toMatch(/<p class="notice" role="status">The approval request was withdrawn\./);
    const needed = element(after.html, "section", "data-approval-state", "needed");
    expect(needed).toContain('<h2 id="quote-approval-title">Approval needed</h2>');
    expect(needed).toContain(">Submit for approval</button>");
    expect(after.html).not.toContain(">Withdraw approval request</button>");
  });

  it("pending: a withdrawal the backend refuses (409) shows its message, and the page asks again", async () => {
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("pending", { decided_by: null, decided_at: null }),
        ),
        [`DELETE /store/carts/${ACCEPT_CART}/approval`]: () => {
          throw new BackendRequestError("This approval was decided a moment ago and can no longer be withdrawn.", 409);
        },
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const { status, html } = await page(undefined, post([["intent", "withdraw-approval"]]));
    expect(status).toBe(409);
    expect(calls(`GET /store/carts/${ACCEPT_CART}/approval`)).toHaveLength(2);
    const panel = element(html, "section", "data-approval-state", "pending");
    expect(panel).toContain("The approval request was not withdrawn");
    expect(panel).toMatch(
      /data-withdraw-error>This approval was decided a moment ago and can no longer be withdrawn.<\/p>/,
    );
    expect(html).not.toContain(">Accept offer</button>");
  });

  it("pending: the backend's 404 (not the cart's owner) says who can withdraw, on the quote page (403)", async () => {
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("pending", { decided_by: null, decided_at: null }),
        ),
        [`DELETE /store/carts/${ACCEPT_CART}/approval`]: () => {
          throw new NotFoundError(`Cart id not found: ${ACCEPT_CART}`);
        },
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const { status, html } = await page(undefined, post([["intent", "withdraw-approval"]]));
    expect(status).toBe(403);
    expect(html).toContain("Quote #7");
    expect(html).toMatch(
      /data-withdraw-error>Only the person who submitted this approval request can withdraw it.<\/p>/,
    );
    expect(html).not.toContain("Cart id not found");
  });

  it("pending: someone else's request offers no withdrawal, and a posted one is refused without calling the backend (403)", async () => {
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("pending", {
            decided_by: null,
            decided_at: null,
            requested_by: { customer_id: "cus_2", name: "Cy Buyer", email: "cy@acme.example" },
          }),
        ),
      },
      { accept_cart_id: ACCEPT_CART },
      "admin",
    );
    const shown = await page();
    expect(element(shown.html, "section", "data-approval-state", "pending")).not.toContain("Withdraw approval request");
    const { status, html } = await page(undefined, post([["intent", "withdraw-approval"]]));
    expect(status).toBe(403);
    expect(html).toContain("The approval request was not withdrawn");
    expect(html).toMatch(
      /data-withdraw-error>Only the person who submitted this approval request can withdraw it.<\/p>/,
    );
    expect(calls(`DELETE /store/carts/${ACCEPT_CART}/approval`)).toHaveLength(0);
  });

  it("rejected: shows who rejected it and the approver's comment, and the submit form again", async () => {
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("rejected", { decision_comment: "Wait for the January budget" }),
        ),
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const { html } = await page();
    const panel = element(html, "section", "data-approval-state", "needed");
    expect(panel).toContain('<h2 id="quote-approval-title">Approval was rejected</h2>');
    expect(panel).toContain("Rejected by Al Approver");
    expect(panel).toMatch(/data-decision-comment>Wait for the January budget<\/blockquote>/);
    expect(panel).toContain(">Submit for approval</button>");
    expect(html).not.toContain(">Accept offer</button>");
  });

  it("approved: 'Accept offer' is back, with who approved it", async () => {
    approvalRoutes(
      {
        [`GET /store/carts/${ACCEPT_CART}/approval`]: acceptCartApproval(
          decided("approved", { decision_comment: "Go ahead" }),
          true,
        ),
      },
      { accept_cart_id: ACCEPT_CART },
    );
    const { html } = await page();
    expect(html).not.toContain(">Submit for approval</button>");
    const note = element(html, "div", "data-approval-state", "approved");
    expect(note).toContain("Approved</strong> by Al Approver");
    expect(note).toContain("Go ahead");
    expect(html).toContain(">Accept offer</button>");
  });

  it("believes the backend over the estimate: an accept refused for approval (403) shows its message and the submit form", async () => {
    approvalRoutes({
      "GET /store/approvals/settings": { settings: noRules },
      "POST /store/quotes/quo_1/accept": () => {
        throw new BackendRequestError(
          "This cart needs approval: submit it to your company's approvers before placing the order.",
          403,
        );
      },
    });
    const before = await page();
    expect(before.html).toContain(">Accept offer</button>");
    const { status, html } = await page(
      undefined,
      post([
        ["intent", "accept"],
        ["company_address_id", "caddr_1"],
      ]),
    );
    expect(status).toBe(403);
    expect(html).toMatch(
      /data-accept-error>This cart needs approval: submit it to your company&#39;s approvers before placing the order.<\/p>/,
    );
    expect(element(html, "section", "data-approval-state", "needed")).toContain(">Submit for approval</button>");
  });

  it("asks nothing about approval on a closed offer or for someone who cannot accept it", async () => {
    approvalRoutes({}, { status: "accepted", order_id: "order_9" });
    await page();
    approvalRoutes({}, { requested_by: { customer_id: "cus_9", name: "Cy", email: null } }, "approver");
    const other = await page();
    expect(calls("GET /store/approvals/settings")).toHaveLength(0);
    expect(other.html).not.toContain("data-approval-state");
  });
});

describe("/approvals", () => {
  it("shows tabs with counts and rows with requester, amount and date", async () => {
    routes({
      "GET /store/companies/me": company("approver"),
      "GET /store/approvals": {
        approvals: [
          request("pending", { requested_by: { customer_id: "cus_2", name: "Cy Buyer", email: "cy@acme.example" } }),
        ],
        count: 1,
        counts: { pending: 1, approved: 5, rejected: 2 },
      },
    });
    const { status, html } = await render(Approvals as never, "http://localhost:4322/approvals");
    expect(status).toBe(200);
    expect(html).toMatch(
      /<a href="\/approvals" aria-current="page" data-tab="pending">\s*Pending <span class="tabs__count" data-count="1">\(1\)<\/span>/,
    );
    expect(html).toMatch(/data-tab="approved">\s*Approved <span class="tabs__count" data-count="5">\(5\)/);
    expect(html).toMatch(/data-tab="rejected">\s*Rejected <span class="tabs__count" data-count="2">\(2\)/);
    const row = element(html, "tr", "data-approval-id", "apreq_1");
    expect(row).toContain('<th scope="row">Cy Buyer</th>');
    expect(row).toContain("€1,195.00");
    expect(row).toContain("26 November 2026");
    expect(row).toContain(">Review<");
  });

  it("asks the backend for the chosen tab", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      "GET /store/approvals": { approvals: [], count: 0, counts: { pending: 0, approved: 0, rejected: 0 } },
    });
    const { html } = await render(Approvals as never, "http://localhost:4322/approvals?status=rejected");
    expect(calls("GET /store/approvals")[0]![1]).toMatchObject({ query: { status: "rejected" } });
    expect(html).toContain("My approval requests");
    expect(html).toContain("No rejected approval requests.");
  });
});

describe("/approvals/[id]", () => {
  const other = request("pending", {
    requested_by: { customer_id: "cus_2", name: "Cy Buyer", email: "cy@acme.example" },
  });

  it("shows lines, amount, reasons and the buyer's comment, and 'Approve' / 'Reject' to an approver", async () => {
    routes({ "GET /store/companies/me": company("approver"), "GET /store/approvals/apreq_1": { approval: other } });
    const { status, html } = await approvalPage();
    expect(status).toBe(200);
    expect(html).toContain("Cy Buyer");
    expect(html).toMatch(/data-amount="1195"><strong>€1,195.00/);
    expect(html).toContain("The cart is over the approval limit of €1,000.00 net.");
    expect(html).toMatch(/data-buyer-comment>For the new branch/);
    expect(element(html, "tr", "data-variant-id", "v_1kg")).toContain("COLOMBIA-HUILA-1KG");
    expect(html).toMatch(/<label for="approve-comment">Comment for the buyer/);
    expect(html).toContain(">Approve</button>");
    expect(html).toMatch(/<label for="reject-comment">Reason for rejecting/);
    expect(html).toContain(">Reject</button>");
  });

  it("shows no decision forms to the requester or to a buyer", async () => {
    routes({
      "GET /store/companies/me": company("approver"),
      "GET /store/approvals/apreq_1": { approval: request("pending") },
    });
    const own = await approvalPage();
    expect(own.html).not.toContain(">Approve</button>");
    expect(own.html).toContain("You cannot approve your own cart");
    routes({ "GET /store/companies/me": company("buyer"), "GET /store/approvals/apreq_1": { approval: other } });
    const buyer = await approvalPage();
    expect(buyer.html).not.toContain(">Approve</button>");
  });

  it("approves (303), needs a reason to reject (400), and shows the backend's 403", async () => {
    routes({
      "GET /store/companies/me": company("approver"),
      "GET /store/approvals/apreq_1": { approval: other },
      "POST /store/approvals/apreq_1/approve": { approval: { ...other, status: "approved" } },
      "POST /store/approvals/apreq_1/reject": () => {
        throw new BackendRequestError("You cannot approve your own cart", 403);
      },
    });
    const approved = await approvalPage([
      ["intent", "approve"],
      ["approve_comment", "Fine"],
    ]);
    expect(approved.status).toBe(303);
    expect(approved.location).toBe("/approvals/apreq_1?done=approved");
    expect(calls("POST /store/approvals/apreq_1/approve")[0]![1]).toMatchObject({ body: { comment: "Fine" } });

    const blank = await approvalPage([
      ["intent", "reject"],
      ["reject_comment", " "],
    ]);
    expect(blank.status).toBe(400);
    expect(blank.html).toMatch(/id="reject-comment-error">Say why/);
    expect(calls("POST /store/approvals/apreq_1/reject")).toHaveLength(0);

    const refused = await approvalPage([
      ["intent", "reject"],
      ["reject_comment", "No"],
    ]);
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("You cannot approve your own cart");
  });

  it("answers 404 for someone else's request", async () => {
    routes({
      "GET /store/companies/me": company("buyer"),
      "GET /store/approvals/apreq_x": () => {
        throw new NotFoundError();
      },
    });
    const { status } = await render(ApprovalPage as never, "http://localhost:4322/approvals/apreq_x", {
      params: { id: "apreq_x" },
    });
    expect(status).toBe(404);
  });
});

describe("/account/approval-rules", () => {
  const settings = { amount_threshold: 1000, currency_code: "eur", amount_applies_to: ["buyer"], always_roles: [] };

  it("lets an admin edit threshold and roles", async () => {
    routes({ "GET /store/companies/me": company("admin"), "GET /store/approvals/settings": { settings } });
    const { status, html } = await render(ApprovalRules as never, "http://localhost:4322/account/approval-rules");
    expect(status).toBe(200);
    expect(html).toContain("Carts over €1,000.00 (net goods value) need approval when ordered by buyers.");
    expect(html).toMatch(/<label for="field-amount_threshold">Approval needed above \(net, EUR\)<\/label>/);
    expect(html).toMatch(/<input id="field-amount_threshold" name="amount_threshold"[^>]*value="1000"/);
    expect(html).toMatch(/<input type="checkbox" name="amount_applies_to" value="buyer" checked>/);
    expect(html).toContain("<legend>Always need approval, whatever the amount</legend>");
    expect(html).toContain(">Save approval rules</button>");
  });

  it("saves (303) and names a bad amount (400)", async () => {
    routes({
      "GET /store/companies/me": company("admin"),
      "GET /store/approvals/settings": { settings },
      "POST /store/approvals/settings": { settings },
    });
    const saved = await render(ApprovalRules as never, "http://localhost:4322/account/approval-rules", {
      ...post([
        ["amount_threshold", "2500"],
        ["amount_applies_to", "buyer"],
        ["amount_applies_to", "approver"],
        ["always_roles", "buyer"],
      ]),
    });
    expect(saved.status).toBe(303);
    expect(calls("POST /store/approvals/settings")[0]![1]).toMatchObject({
      body: { amount_threshold: 2500, amount_applies_to: ["buyer", "approver"], always_roles: ["buyer"] },
    });
    const bad = await render(ApprovalRules as never, "http://localhost:4322/account/approval-rules", {
      ...post([["amount_threshold", "lots"]]),
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toMatch(/id="field-amount_threshold-error">Enter an amount like 1500/);
  });

  it("is read-only for everyone else, and refuses their posts (403)", async () => {
    routes({ "GET /store/companies/me": company("buyer"), "GET /store/approvals/settings": { settings } });
    const page = await render(ApprovalRules as never, "http://localhost:4322/account/approval-rules");
    expect(page.html).toContain("Carts over €1,000.00");
    expect(page.html).not.toContain("Save approval rules");
    expect(page.html).toContain("Only your company's administrators can change these rules.");
    const posted = await render(ApprovalRules as never, "http://localhost:4322/account/approval-rules", {
      ...post([["amount_threshold", "1"]]),
    });
    expect(posted.status).toBe(403);
    expect(calls("POST /store/approvals/settings")).toHaveLength(0);
  });
});

describe("header navigation", () => {
  beforeEach(() => {
    routes({ "GET /store/companies/me": company("buyer"), "GET /store/quotes": { quotes: [], count: 0 } });
  });

  it("links Quotes and Approvals for everyone, with the pending count for approvers", async () => {
    const plain = await render(Quotes as never, "http://localhost:4322/quotes");
    expect(plain.html).toContain('<a href="/quotes" aria-current="page">Quotes</a>');
    // A buyer follows their own requests in the inbox: the link, without a count.
    expect(plain.html).toMatch(/<a href="\/approvals">\s*Approvals\s*<\/a>/);
    expect(plain.html).not.toContain("data-pending-approvals");
    const approver = await render(Quotes as never, "http://localhost:4322/quotes", {
      locals: locals({ approvalsNav: async () => ({ pending: 3 }) }),
    });
    expect(approver.html).toMatch(
      /<a href="\/approvals">\s*Approvals<span class="nav-count" data-pending-approvals="3"><span class="visually-hidden">, <\/span>3<span class="visually-hidden"> pending<\/span><\/span>/,
    );
    const none = await render(Quotes as never, "http://localhost:4322/quotes", {
      locals: locals({ approvalsNav: async () => ({ pending: 0 }) }),
    });
    expect(none.html).toMatch(/<a href="\/approvals">\s*Approvals\s*<\/a>/);
  });
});
