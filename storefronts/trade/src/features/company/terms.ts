/**
 * Payment terms and due dates. An order on net terms is due N days after it is placed; the
 * backend writes `due_date` into the order, and the site shows that value. `dueDateFor` is only
 * used to say what to expect before the order exists.
 */
import type { PaymentTerms } from "./types";

export const TERM_DAYS: Record<PaymentTerms, number> = { prepaid: 0, net15: 15, net30: 30, net60: 60 };

export function termsLabel(terms: string | null | undefined): string {
  switch (terms) {
    case "prepaid":
      return "Prepaid";
    case "net15":
      return "Net 15";
    case "net30":
      return "Net 30";
    case "net60":
      return "Net 60";
    default:
      return terms ? String(terms) : "—";
  }
}

/** "Payment due 30 days after the order date" (or how a prepaid company pays). */
export function termsExplanation(terms: string | null | undefined): string {
  const days = TERM_DAYS[terms as PaymentTerms];
  if (!days) return "Payment when you order (card or bank transfer).";
  return `Invoice payable within ${days} days of the order date.`;
}

/** True when the company may order on account (net terms). */
export function allowsOnAccount(terms: string | null | undefined): boolean {
  return Boolean(TERM_DAYS[terms as PaymentTerms]);
}

/** The due date of an order placed at `placedAt` on `terms` (UTC calendar days); null for prepaid. */
export function dueDateFor(placedAt: Date | string, terms: string | null | undefined): Date | null {
  const days = TERM_DAYS[terms as PaymentTerms];
  if (!days) return null;
  const start = new Date(placedAt);
  if (Number.isNaN(start.getTime())) return null;
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + days));
}

/** A calendar date for people ("12 March 2026"), in UTC so a due date never shifts by a day. */
export function formatDate(value: Date | string | null | undefined, locale = "en-IE"): string {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    date,
  );
}

/** The ISO date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(value: Date | string | null | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** Days from `today` to `due` (negative when overdue), by UTC calendar day. */
export function daysUntil(due: Date | string, today: Date = new Date()): number {
  const d = new Date(due);
  const a = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const b = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((b - a) / 86_400_000);
}
