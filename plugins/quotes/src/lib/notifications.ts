import { emailNotification, type EmailNotification } from "@hybrid/plugin-kit/notifications"

/**
 * Notifications the plugin sends through Medusa's Notification Module on channel "email", in the
 * shape of company-accounts' notifications: `template` is the stable id a real email provider maps
 * to its own template, `data` carries what such a template needs, `content` is a plain-text
 * rendering for providers that send what they are given (the local provider logs it).
 */
export const NOTIFICATION_TEMPLATES = {
  requested: "quote.requested",
  counterOfferSent: "quote.counter_offer_sent",
  accepted: "quote.accepted",
  rejected: "quote.rejected",
  declined: "quote.declined",
  messagePosted: "quote.message_posted",
} as const

/** What every quote notification names. */
export type QuoteSummary = {
  id: string
  display_id: number
  company_name: string | null
  requester_name: string
  currency_code: string
  subtotal: number
}

const money = (amount: number, currency: string) => `${amount.toFixed(2)} ${currency.toUpperCase()}`

function email(
  to: string,
  template: string,
  quote: QuoteSummary,
  subject: string,
  text: string,
  data: Record<string, unknown>
): EmailNotification {
  return emailNotification({
    to,
    template,
    resource: { id: quote.id, type: "quote" },
    subject,
    text,
    data: {
      quote_id: quote.id,
      display_id: quote.display_id,
      company_name: quote.company_name,
      requester_name: quote.requester_name,
      currency_code: quote.currency_code,
      subtotal: quote.subtotal,
      ...data,
    },
  })
}

/** To the merchant: a buyer asked for a quote. */
export function quoteRequested(to: string, quote: QuoteSummary, message: string, adminUrl: string) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.requested,
    quote,
    `Quote #${quote.display_id} requested by ${quote.company_name ?? quote.requester_name}`,
    `${quote.requester_name} (${quote.company_name ?? "no company"}) asks for a quote on ${money(quote.subtotal, quote.currency_code)} of goods: "${message}". Answer at ${adminUrl}.`,
    { message, admin_url: adminUrl }
  )
}

/** To the requester: the merchant sent a counter-offer. */
export function counterOfferSent(
  to: string,
  quote: QuoteSummary,
  offer: { version: number; expires_at: string; message: string | null },
  quoteUrl: string
) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.counterOfferSent,
    quote,
    `Your quote #${quote.display_id}: our offer`,
    `Hello ${quote.requester_name}, our offer for quote #${quote.display_id} is ${money(quote.subtotal, quote.currency_code)} (net), valid until ${new Date(offer.expires_at).toUTCString()}.${offer.message ? ` ${offer.message}` : ""} Review and accept it at ${quoteUrl}.`,
    { version: offer.version, expires_at: offer.expires_at, message: offer.message, quote_url: quoteUrl }
  )
}

/** To the merchant: the buyer accepted; an order was placed. */
export function quoteAccepted(to: string, quote: QuoteSummary, order: { id: string; display_id: number | null }) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.accepted,
    quote,
    `Quote #${quote.display_id} accepted: order #${order.display_id ?? order.id}`,
    `${quote.requester_name} (${quote.company_name ?? "no company"}) accepted quote #${quote.display_id}; order #${order.display_id ?? order.id} was placed at the quoted prices (${money(quote.subtotal, quote.currency_code)} net).`,
    { order_id: order.id, order_display_id: order.display_id }
  )
}

/** To the merchant: the buyer rejected the offer. */
export function quoteRejected(to: string, quote: QuoteSummary, reason: string | null) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.rejected,
    quote,
    `Quote #${quote.display_id} rejected by ${quote.company_name ?? quote.requester_name}`,
    `${quote.requester_name} rejected the offer of quote #${quote.display_id}.${reason ? ` Reason: ${reason}` : ""}`,
    { reason }
  )
}

/** To the requester: the merchant declined to quote. */
export function quoteDeclined(to: string, quote: QuoteSummary, reason: string, quoteUrl: string) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.declined,
    quote,
    `Your quote #${quote.display_id} was declined`,
    `Hello ${quote.requester_name}, we are sorry: we cannot offer quote #${quote.display_id}. Reason: ${reason}. Details at ${quoteUrl}.`,
    { reason, quote_url: quoteUrl }
  )
}

/** To the other side of the thread: a new message on the quote. */
export function messagePosted(
  to: string,
  quote: QuoteSummary,
  message: { author_name: string; body: string; line_id: string | null },
  url: string
) {
  return email(
    to,
    NOTIFICATION_TEMPLATES.messagePosted,
    quote,
    `New message on quote #${quote.display_id}`,
    `${message.author_name} wrote on quote #${quote.display_id}: "${message.body}". Reply at ${url}.`,
    { author_name: message.author_name, body: message.body, line_id: message.line_id, url }
  )
}
