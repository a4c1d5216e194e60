import { describe, expect, it, vi } from "vitest";
import { mayAnswerOffer } from "./accept";
import { acceptQuote, createAcceptCart, listQuotes, normalizeQuote, requestQuote } from "./quotes";

describe("normalizeQuote", () => {
  it("reads amounts given as numbers, strings or raw big numbers, and fills absent lists", () => {
    const quote = normalizeQuote({
      id: "quo_1",
      display_id: 7,
      status: "sent",
      currency_code: "eur",
      requested_by: { customer_id: "cus_1", name: "Bea", email: "bea@acme.example" },
      lines: [
        {
          id: "ql_1",
          title: "Huila",
          requested_quantity: 10,
          requested_unit_price: "28.1",
          quantity: 12,
          unit_price: { value: "25" },
          change: "changed",
        },
        {
          id: "ql_2",
          title: "Papers",
          requested_quantity: null,
          requested_unit_price: null,
          quantity: 2,
          unit_price: 4.5,
        },
      ],
      totals: { requested_subtotal: 281, subtotal: "309", currency_code: "eur" },
    });
    expect(quote.lines[0]).toMatchObject({
      requested_unit_price: 28.1,
      unit_price: 25,
      subtotal: 300,
      change: "changed",
    });
    expect(quote.lines[1]).toMatchObject({ change: "added", subtotal: 9 });
    expect(quote.totals).toEqual({ requested_subtotal: 281, subtotal: 309, currency_code: "eur" });
    expect(quote.messages).toEqual([]);
    expect(quote.history).toEqual([]);
    expect(quote.line_count).toBe(2);
    expect(quote.accept_cart_id).toBeNull();
  });

  it("reads the accept cart id", () => {
    expect(normalizeQuote({ id: "quo_1", status: "sent", accept_cart_id: "cart_acc" }).accept_cart_id).toBe("cart_acc");
    expect(normalizeQuote({ id: "quo_1", status: "sent", accept_cart_id: "" }).accept_cart_id).toBeNull();
  });

  it("takes line_count and subtotal from a list row without lines", () => {
    const quote = normalizeQuote({
      id: "quo_2",
      status: "requested",
      currency_code: "usd",
      line_count: 4,
      subtotal: 120,
    });
    expect(quote.line_count).toBe(4);
    expect(quote.totals.subtotal).toBe(120);
    expect(quote.lines).toEqual([]);
  });
});

describe("quote calls", () => {
  it("filters the list by status only when one is chosen", async () => {
    const client = { request: vi.fn().mockResolvedValue({ quotes: [], count: 0 }) };
    await listQuotes(client as never, "t", { status: null, limit: 20, offset: 0 });
    expect(client.request).toHaveBeenLastCalledWith("/store/quotes", { token: "t", query: { limit: 20, offset: 0 } });
    await listQuotes(client as never, "t", { status: "sent", limit: 20, offset: 20 });
    expect(client.request).toHaveBeenLastCalledWith("/store/quotes", {
      token: "t",
      query: { limit: 20, offset: 20, status: "sent" },
    });
  });

  it("requests a quote for the cart and accepts with exactly the form's fields", async () => {
    const client = { request: vi.fn() };
    client.request.mockResolvedValueOnce({ quote: { id: "quo_1", status: "requested" } });
    await requestQuote(client as never, "t", { cart_id: "cart_1", message: "Hi" });
    expect(client.request).toHaveBeenLastCalledWith("/store/quotes", {
      method: "POST",
      token: "t",
      body: { cart_id: "cart_1", message: "Hi" },
    });
    client.request.mockResolvedValueOnce({
      quote: { id: "quo_1", status: "accepted", order_id: "order_1" },
      order: { id: "order_1", display_id: 12 },
    });
    const accepted = await acceptQuote(client as never, "t", "quo_1", { company_address_id: "caddr_1" });
    expect(client.request).toHaveBeenLastCalledWith("/store/quotes/quo_1/accept", {
      method: "POST",
      token: "t",
      body: { company_address_id: "caddr_1" },
    });
    expect(accepted.order).toEqual({ id: "order_1", display_id: 12 });
  });

  it("creates the accept cart with only the address and PO number", async () => {
    const client = {
      request: vi
        .fn()
        .mockResolvedValue({ quote: { id: "quo_1", status: "sent", accept_cart_id: "cart_acc" }, cart_id: "cart_acc" }),
    };
    const result = await createAcceptCart(client as never, "t", "quo_1", {
      company_address_id: "caddr_1",
      po_number: "PO-1",
    });
    expect(client.request).toHaveBeenLastCalledWith("/store/quotes/quo_1/cart", {
      method: "POST",
      token: "t",
      body: { company_address_id: "caddr_1", po_number: "PO-1" },
    });
    expect(result.cart_id).toBe("cart_acc");
    expect(result.quote.accept_cart_id).toBe("cart_acc");
  });
});

describe("mayAnswerOffer", () => {
  const quote = { requested_by: { customer_id: "cus_1" } };
  it("lets the requester and company admins answer, never viewers", () => {
    expect(mayAnswerOffer(quote, { customerId: "cus_1", role: "buyer" })).toBe(true);
    expect(mayAnswerOffer(quote, { customerId: "cus_2", role: "admin" })).toBe(true);
    expect(mayAnswerOffer(quote, { customerId: "cus_2", role: "approver" })).toBe(false);
    expect(mayAnswerOffer(quote, { customerId: "cus_1", role: "viewer" })).toBe(false);
  });
});
