import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { fakeCheckoutClient, fakeCookies, formData, requestsMade } from "../../test/fakes";
import { handleQuotePost, loadQuotePage } from "./quote-page";

const company = (role: string) => ({
  company: {
    id: "comp_1",
    name: "Acme Cafés",
    status: "active",
    currency_code: "eur",
    payment_terms: "net30",
    credit_limit: 5000,
    po_required: false,
    spending_period: "monthly",
  },
  employee: { id: "emp_1", role, spending_limit: null },
});
const rawQuote = (extra: Record<string, unknown> = {}) => ({
  id: "quo_1",
  display_id: 3,
  status: "sent",
  currency_code: "eur",
  region_id: "reg_eu",
  requested_by: { customer_id: "cus_1", name: "Bea" },
  lines: [
    { id: "ql_1", title: "Huila", quantity: 10, unit_price: 20, requested_quantity: 10, requested_unit_price: 22 },
  ],
  ...extra,
});

/** A backend with the company, the quote, one delivery address and approval rules that never apply. */
function backendFor({ role = "buyer", quote = rawQuote(), settings = {} as Record<string, unknown> } = {}) {
  const client = fakeCheckoutClient();
  client.request.mockImplementation(async (path: string, init?: { method?: string }) => {
    if (init?.method && init.method !== "GET")
      return { quote: { id: "quo_1" }, order: { id: "order_1" }, approval: {}, cart_id: "cart_accept" };
    if (path === "/store/companies/me") return company(role);
    if (path === "/store/quotes/quo_1") return { quote };
    if (path === "/store/companies/me/addresses")
      return { addresses: [{ id: "caddr_1", label: "Main café", is_shipping: true }] };
    if (path === "/store/approvals/settings") return { settings };
    throw new NotFoundError();
  });
  return client;
}
const viewer = (customerId = "cus_1") => ({
  token: "tok",
  customerId,
  cookies: fakeCookies().cookies,
  url: new URL("http://localhost:4322/quotes/quo_1"),
});

async function loaded(client: ReturnType<typeof backendFor>, customerId = "cus_1") {
  const load = await loadQuotePage(client, viewer(customerId), "quo_1");
  if (load.kind !== "ok" || !load.quote) throw new Error("quote not loaded");
  return { ...load, quote: load.quote };
}

describe("loadQuotePage", () => {
  it("lets the requester answer an open offer, with the company's delivery addresses", async () => {
    const page = await loaded(backendFor());
    expect(page).toMatchObject({
      open: true,
      mayAnswer: true,
      addresses: [{ id: "caddr_1" }],
      approval: { kind: "none" },
      poRequired: false,
    });
  });

  it("is not-found for a malformed or unknown id, and shows no quote without company access", async () => {
    expect(await loadQuotePage(backendFor(), viewer(), "../admin")).toEqual({ kind: "not-found" });
    expect(await loadQuotePage(backendFor(), viewer(), "quo_other")).toEqual({ kind: "not-found" });
    const noCompany = fakeCheckoutClient();
    noCompany.request.mockRejectedValue(new NotFoundError());
    expect(await loadQuotePage(noCompany, viewer(), "quo_1")).toMatchObject({
      kind: "ok",
      access: { kind: "no-company" },
      quote: null,
      mayAnswer: false,
    });
  });
});

describe("handleQuotePost", () => {
  it("accepts the offer with the address and comes back with 'accepted'", async () => {
    const client = backendFor();
    const page = await loaded(client);
    expect(
      await handleQuotePost(
        client,
        viewer(),
        formData({ intent: "accept", company_address_id: "caddr_1", po_number: "PO-1" }),
        page,
      ),
    ).toEqual({
      kind: "done",
      location: "/quotes/quo_1?done=accepted",
    });
    expect(requestsMade(client).at(-1)).toEqual(["POST", "/store/quotes/quo_1/accept"]);
  });

  it("rejects, replies and submits for approval, each back to the quote with its notice", async () => {
    const client = backendFor();
    const page = await loaded(client);
    expect(
      await handleQuotePost(client, viewer(), formData({ intent: "reject", reason: "Too dear" }), page),
    ).toMatchObject({ location: "/quotes/quo_1?done=rejected" });
    expect(
      await handleQuotePost(
        client,
        viewer(),
        formData({ intent: "reply", body: "Can you do 8?", line_id: "ql_1" }),
        page,
      ),
    ).toMatchObject({
      location: "/quotes/quo_1?done=reply#conversation",
    });
    expect(
      await handleQuotePost(
        client,
        viewer(),
        formData({ intent: "submit-approval", company_address_id: "caddr_1" }),
        page,
      ),
    ).toMatchObject({
      location: "/quotes/quo_1?done=approval-submitted",
    });
  });

  it("answers 400 naming the delivery address when none of the company's was chosen", async () => {
    const client = backendFor();
    const page = await loaded(client);
    const before = client.request.mock.calls.length;
    expect(
      await handleQuotePost(client, viewer(), formData({ intent: "accept", company_address_id: "caddr_forged" }), page),
    ).toMatchObject({
      kind: "failed",
      status: 400,
      failure: { form: "accept", errors: { company_address_id: "Choose one of your company's delivery addresses." } },
    });
    expect(client.request.mock.calls.length).toBe(before);
  });

  it("answers 409 when someone who may not answer tries to accept, and a reply without text is 400", async () => {
    const client = backendFor({ quote: rawQuote({ requested_by: { customer_id: "cus_other" } }) });
    const page = await loaded(client);
    expect(
      await handleQuotePost(client, viewer(), formData({ intent: "accept", company_address_id: "caddr_1" }), page),
    ).toMatchObject({
      status: 409,
      failure: {
        form: "page",
        errors: {
          general: "Only the person who requested this quote or a company administrator can answer the offer.",
        },
      },
    });
    expect(await handleQuotePost(client, viewer(), formData({ intent: "reply", body: "" }), page)).toMatchObject({
      status: 400,
      failure: { form: "reply", errors: { body: "Write your message." } },
    });
  });

  it("puts a refused accept next to the field it names and, for an approval refusal, asks for approval", async () => {
    const client = backendFor();
    const page = await loaded(client);
    client.request.mockRejectedValueOnce(new BackendRequestError("po_number is required by your company", 400));
    expect(
      await handleQuotePost(client, viewer(), formData({ intent: "accept", company_address_id: "caddr_1" }), page),
    ).toMatchObject({
      status: 400,
      failure: {
        form: "accept",
        errors: { po_number: "po_number is required by your company" },
        values: { company_address_id: "caddr_1" },
      },
      approval: { kind: "none" },
    });
    client.request.mockRejectedValueOnce(new BackendRequestError("This order needs approval first", 403));
    expect(
      await handleQuotePost(client, viewer(), formData({ intent: "accept", company_address_id: "caddr_1" }), page),
    ).toMatchObject({
      status: 403,
      failure: { errors: { general: "This order needs approval first" } },
      approval: { kind: "needed", because: "new" },
    });
  });

  it("is not-found when the quote is gone, and 409 withdrawing with nothing pending", async () => {
    const client = backendFor();
    const page = await loaded(client);
    client.request.mockRejectedValueOnce(new NotFoundError("Quote quo_1 not found"));
    expect(await handleQuotePost(client, viewer(), formData({ intent: "reject" }), page)).toEqual({
      kind: "not-found",
    });
    expect(await handleQuotePost(client, viewer(), formData({ intent: "withdraw-approval" }), page)).toMatchObject({
      status: 409,
      failure: {
        form: "withdraw-approval",
        errors: { general: "This order has no pending approval request to withdraw." },
      },
    });
  });
});
