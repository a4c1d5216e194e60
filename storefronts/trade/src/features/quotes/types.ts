/**
 * The quotes store API as the trade site reads it (plugin @hybrid/quotes, /tmp contract "Quote
 * JSON"). Amounts are Medusa 2 amounts: decimal major units, net of tax. The backend scopes and
 * enforces every route; the site only decides what to show.
 */

/** `expired` is not stored: the backend reports a sent offer past `expires_at` as expired. */
export const QUOTE_STATUSES = ["requested", "sent", "accepted", "rejected", "declined", "expired"] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const LINE_CHANGES = ["unchanged", "changed", "added", "removed"] as const;
export type LineChange = (typeof LINE_CHANGES)[number];

export interface QuoteLine {
  id: string;
  variant_id: string | null;
  product_id: string | null;
  title: string;
  variant_title: string | null;
  sku: string | null;
  thumbnail: string | null;
  /** Null when the merchant added the line. */
  requested_quantity: number | null;
  requested_unit_price: number | null;
  /** What is offered (equal to the requested values until the merchant sends an offer). */
  quantity: number;
  unit_price: number;
  subtotal: number;
  change: LineChange;
}

export interface QuoteMessage {
  id: string;
  author_type: "customer" | "merchant";
  author_name: string | null;
  body: string;
  line_id: string | null;
  created_at: string;
}

export interface QuoteEvent {
  id: string;
  action: string;
  actor_type: "customer" | "merchant" | "system";
  actor_name: string | null;
  from_status: string | null;
  to_status: string | null;
  data: Record<string, unknown> | null;
  created_at: string;
}

export interface Quote {
  id: string;
  display_id: number;
  status: QuoteStatus;
  company_id: string;
  company_name: string | null;
  requested_by: { customer_id: string; name: string | null; email: string | null };
  currency_code: string;
  region_id: string | null;
  expires_at: string | null;
  /** Counter-offers sent so far: 0 while the request waits for the first offer. */
  version: number;
  order_id: string | null;
  contract_price_list_id: string | null;
  /**
   * The cart the backend prepared to accept this offer (`POST /store/quotes/:id/cart`), which goes
   * through the company's approval like any cart; null until then, and again after a new offer.
   */
  accept_cart_id: string | null;
  message: string | null;
  lines: QuoteLine[];
  /** List endpoints may leave `lines` out and give these instead. */
  line_count: number;
  totals: { requested_subtotal: number; subtotal: number; currency_code: string };
  messages: QuoteMessage[];
  history: QuoteEvent[];
  created_at: string;
  updated_at: string | null;
}

/** `POST /store/quotes/:id/cart` answer: the quote and its accept cart. */
export interface QuoteAcceptCart {
  quote: Quote;
  cart_id: string;
}

/** `POST /store/quotes/:id/accept` answer. */
export interface AcceptedQuote {
  quote: Quote;
  order: { id: string; display_id: number | null };
}
