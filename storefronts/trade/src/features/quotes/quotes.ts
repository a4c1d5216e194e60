/**
 * The quotes store routes (`/store/quotes`). Every call carries the buyer's token; the backend
 * scopes what it returns (company admins: all of the company's quotes, others their own) and
 * refuses what the caller may not do, with a message the pages show as it is.
 */
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { toAmount } from "../company/amounts";
import { lineChangeKind } from "./lines";
import { isQuoteStatus } from "./status";
import type { AcceptedQuote, Quote, QuoteAcceptCart, QuoteEvent, QuoteLine, QuoteMessage, QuoteStatus } from "./types";

type Client = Pick<StorefrontClient, "request">;

export const QUOTES_PAGE_SIZE = 20;

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const num = (value: unknown, fallback = 0): number => toAmount(value) ?? fallback;
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function normalizeLine(raw: Record<string, unknown>): QuoteLine {
  const requested_quantity = toAmount(raw.requested_quantity);
  const requested_unit_price = toAmount(raw.requested_unit_price);
  const quantity = num(raw.quantity);
  const unit_price = num(raw.unit_price);
  const line = {
    id: String(raw.id ?? ""),
    variant_id: str(raw.variant_id),
    product_id: str(raw.product_id),
    title: str(raw.title) ?? str(raw.product_title) ?? "Item",
    variant_title: str(raw.variant_title),
    sku: str(raw.sku),
    thumbnail: str(raw.thumbnail),
    requested_quantity,
    requested_unit_price,
    quantity,
    unit_price,
    subtotal: toAmount(raw.subtotal) ?? Math.round(quantity * unit_price * 100) / 100,
  };
  return { ...line, change: lineChangeKind({ ...line, change: str(raw.change), removed: raw.removed === true }) };
}

/** Reads the backend's quote JSON defensively: amounts as numbers, absent lists as empty. */
export function normalizeQuote(raw: Record<string, unknown>): Quote {
  const lines = list<Record<string, unknown>>(raw.lines).map(normalizeLine);
  const totals = (raw.totals ?? {}) as Record<string, unknown>;
  const currency = str(raw.currency_code) ?? str(totals.currency_code) ?? "eur";
  const requestedBy = (raw.requested_by ?? {}) as Record<string, unknown>;
  const offered = lines.filter((l) => l.change !== "removed");
  return {
    id: String(raw.id ?? ""),
    display_id: num(raw.display_id),
    status: (isQuoteStatus(raw.status) ? raw.status : "requested") as QuoteStatus,
    company_id: String(raw.company_id ?? ""),
    company_name: str(raw.company_name),
    requested_by: {
      customer_id: String(requestedBy.customer_id ?? ""),
      name: str(requestedBy.name),
      email: str(requestedBy.email),
    },
    currency_code: currency,
    region_id: str(raw.region_id),
    expires_at: str(raw.expires_at),
    version: num(raw.version),
    order_id: str(raw.order_id),
    contract_price_list_id: str(raw.contract_price_list_id),
    accept_cart_id: str(raw.accept_cart_id),
    message: str(raw.message),
    lines,
    line_count: toAmount(raw.line_count) ?? lines.length,
    totals: {
      requested_subtotal:
        toAmount(totals.requested_subtotal) ??
        lines.reduce((sum, l) => sum + (l.requested_quantity ?? 0) * (l.requested_unit_price ?? 0), 0),
      subtotal: toAmount(totals.subtotal) ?? toAmount(raw.subtotal) ?? offered.reduce((sum, l) => sum + l.subtotal, 0),
      currency_code: currency,
    },
    messages: list<QuoteMessage>(raw.messages),
    history: list<QuoteEvent>(raw.history),
    created_at: String(raw.created_at ?? ""),
    updated_at: str(raw.updated_at),
  };
}

export async function listQuotes(
  client: Client,
  token: string,
  params: { status: QuoteStatus | null; limit: number; offset: number },
): Promise<{ quotes: Quote[]; count: number }> {
  const r = await client.request<{ quotes: Array<Record<string, unknown>>; count?: number }>("/store/quotes", {
    token,
    query: { limit: params.limit, offset: params.offset, ...(params.status ? { status: params.status } : {}) },
  });
  const quotes = list<Record<string, unknown>>(r.quotes).map(normalizeQuote);
  return { quotes, count: r.count ?? quotes.length };
}

/** One quote the caller may see; NotFoundError for anything else (other company, someone else's). */
export async function getQuote(client: Client, token: string, id: string): Promise<Quote> {
  const r = await client.request<{ quote: Record<string, unknown> }>(`/store/quotes/${encodeURIComponent(id)}`, {
    token,
  });
  return normalizeQuote(r.quote);
}

/** Turns the cart into a quote request. The cart itself is left alone (the site starts a new one). */
export async function requestQuote(
  client: Client,
  token: string,
  body: { cart_id: string; message: string },
): Promise<Quote> {
  const r = await client.request<{ quote: Record<string, unknown> }>("/store/quotes", { method: "POST", token, body });
  return normalizeQuote(r.quote);
}

export async function postQuoteMessage(
  client: Client,
  token: string,
  id: string,
  body: { body: string; line_id?: string },
): Promise<Quote> {
  const r = await client.request<{ quote: Record<string, unknown> }>(
    `/store/quotes/${encodeURIComponent(id)}/messages`,
    { method: "POST", token, body },
  );
  return normalizeQuote(r.quote);
}

export async function rejectQuote(
  client: Client,
  token: string,
  id: string,
  body: { reason?: string },
): Promise<Quote> {
  const r = await client.request<{ quote: Record<string, unknown> }>(`/store/quotes/${encodeURIComponent(id)}/reject`, {
    method: "POST",
    token,
    body,
  });
  return normalizeQuote(r.quote);
}

/**
 * Creates (or returns) the quote's accept cart: the caller's cart with the offered lines at the
 * quoted prices, the company address and PO number. The site then submits it for approval
 * (`submitForApproval` with `cart_id`); accepting the offer later reuses it. Strict body.
 */
export async function createAcceptCart(
  client: Client,
  token: string,
  id: string,
  body: { company_address_id: string; po_number?: string },
): Promise<QuoteAcceptCart> {
  const r = await client.request<{ quote: Record<string, unknown>; cart_id: string }>(
    `/store/quotes/${encodeURIComponent(id)}/cart`,
    { method: "POST", token, body },
  );
  return { quote: normalizeQuote(r.quote), cart_id: r.cart_id };
}

/**
 * Accepts the offer: the backend places the order at the quoted prices (company rules, credit and
 * approval checks apply) and answers with it. The body is strict: only these three fields.
 */
export async function acceptQuote(
  client: Client,
  token: string,
  id: string,
  body: { company_address_id: string; po_number?: string; shipping_option_id?: string },
): Promise<AcceptedQuote> {
  const r = await client.request<{ quote: Record<string, unknown>; order: { id: string; display_id?: number | null } }>(
    `/store/quotes/${encodeURIComponent(id)}/accept`,
    {
      method: "POST",
      token,
      body,
    },
  );
  return { quote: normalizeQuote(r.quote), order: { id: r.order.id, display_id: r.order.display_id ?? null } };
}
