/**
 * How a quote's status reads to a buyer, and the list page's status filter. "sent" is what the
 * merchant did; to the buyer it is an offer waiting for them.
 */
import { QUOTE_STATUSES, type QuoteStatus } from "./types";

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, string> = {
  requested: "Requested",
  sent: "Offer received",
  accepted: "Accepted",
  rejected: "Rejected",
  declined: "Declined",
  expired: "Expired",
};

/** One sentence under the badge on the quote page. */
export const QUOTE_STATUS_EXPLANATIONS: Record<QuoteStatus, string> = {
  requested: "Our sales team is preparing an offer. We will email you when it is ready.",
  sent: "Our offer is ready: accept it to place the order at these prices, reject it, or reply with questions.",
  accepted: "You accepted this offer and the order was placed.",
  rejected: "You rejected this offer.",
  declined: "Our sales team declined this request.",
  expired: "This offer has expired. Reply to ask for a new one.",
};

/** Badge colour: what the buyer should do about it (act, wait, done, closed). */
export type BadgeTone = "action" | "waiting" | "done" | "closed";

const TONES: Record<QuoteStatus, BadgeTone> = {
  requested: "waiting",
  sent: "action",
  accepted: "done",
  rejected: "closed",
  declined: "closed",
  expired: "closed",
};

export function isQuoteStatus(value: unknown): value is QuoteStatus {
  return typeof value === "string" && (QUOTE_STATUSES as readonly string[]).includes(value);
}

export function quoteStatusLabel(status: string | null | undefined): string {
  return isQuoteStatus(status) ? QUOTE_STATUS_LABELS[status] : status ? String(status) : "—";
}

export function quoteStatusTone(status: string | null | undefined): BadgeTone {
  return isQuoteStatus(status) ? TONES[status] : "closed";
}

/** The `?status=` filter of /quotes: a known status, or null for "all". */
export function parseStatusFilter(raw: string | null | undefined): QuoteStatus | null {
  const value = (raw ?? "").trim().toLowerCase();
  return isQuoteStatus(value) ? value : null;
}

/** Options of the status filter, "All statuses" first. */
export const STATUS_FILTER_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: "", label: "All statuses" },
  ...QUOTE_STATUSES.map((status) => ({ value: status, label: QUOTE_STATUS_LABELS[status] })),
];

/** True while the offer can be accepted or rejected (the backend checks expiry again). */
export function isOpenOffer(quote: { status: string; expires_at: string | null }, now: Date = new Date()): boolean {
  if (quote.status !== "sent") return false;
  if (!quote.expires_at) return true;
  const expires = new Date(quote.expires_at);
  return Number.isNaN(expires.getTime()) || expires.getTime() > now.getTime();
}

/** Whether the merchant has made an offer yet (before that, "offered" equals "requested"). */
export function hasOffer(quote: { status: string; version: number }): boolean {
  return (
    quote.version > 0 ||
    quote.status === "sent" ||
    quote.status === "accepted" ||
    quote.status === "rejected" ||
    quote.status === "expired"
  );
}

/** Readable names for history actions the backend records; unknown ones are shown de-snaked. */
const ACTIONS: Record<string, string> = {
  requested: "Quote requested",
  created: "Quote requested",
  sent: "Offer sent",
  counter_offer_sent: "Offer sent",
  accepted: "Offer accepted",
  rejected: "Offer rejected",
  declined: "Request declined",
  expired: "Offer expired",
  message: "Message",
  contract_prices_created: "Contract prices created",
  contract_prices: "Contract prices created",
};

export function historyActionLabel(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action]!;
  const words = action.replace(/[._-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "—";
}
