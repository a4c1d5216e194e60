/** Module name and fixed values of the quotes plugin. */
export const QUOTE_MODULE = "quote"

/** Stored statuses. "expired" is never stored: it is computed (sent + expires_at in the past). */
export const QUOTE_STATUSES = ["requested", "sent", "accepted", "rejected", "declined"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]
/** Statuses as callers see them. */
export type ReportedQuoteStatus = QuoteStatus | "expired"
export const REPORTED_QUOTE_STATUSES = [...QUOTE_STATUSES, "expired"] as const

export const AUTHOR_TYPES = ["customer", "merchant"] as const
export type AuthorType = (typeof AUTHOR_TYPES)[number]

export const ACTOR_TYPES = ["customer", "merchant", "system"] as const
export type ActorType = (typeof ACTOR_TYPES)[number]

/** The name of the checkout guard this plugin registers with company-accounts. */
export const QUOTES_CHECKOUT_GUARD = "quotes"

/** Events emitted by the quote workflows (payload: { id }). */
export const QUOTE_EVENTS = {
  requested: "quote.requested",
  counterOfferSent: "quote.counter_offer_sent",
  accepted: "quote.accepted",
  rejected: "quote.rejected",
  declined: "quote.declined",
  messagePosted: "quote.message_posted",
  contractPricesCreated: "quote.contract_prices_created",
} as const

/** Payment providers of an accept cart: company-accounts' on-account provider (net terms), else Medusa's system provider. */
export const ON_ACCOUNT_PAYMENT_PROVIDER = "pp_on-account_on-account"
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
