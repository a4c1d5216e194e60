import { ON_ACCOUNT_PAYMENT_PROVIDER } from "@hybrid/company-accounts/constants"

// What the demo merchant is made of; the ensure* steps of each file bring a database to this.

/** Demo logins, created outside production only. */
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@example.com", password: "hybrid-demo" },
  buyer: {
    email: "buyer@example.com",
    password: "hybrid-demo",
    first_name: "Bea",
    last_name: "Barista",
    company_name: "Corner Café",
  },
  /** A private customer of the consumer site: a verified account with an address and one past order. */
  shopper: {
    email: "shopper@example.com",
    password: "hybrid-demo",
    first_name: "Sam",
    last_name: "Shopper",
    address: {
      first_name: "Sam",
      last_name: "Shopper",
      address_1: "Kaffeestraße 12",
      city: "Berlin",
      postal_code: "10115",
      country_code: "de",
    },
    /** The past order: one bag of this product. */
    order_product_handle: "colombia-huila",
  },
} as const

/**
 * The demo company's team besides its admin (buyer@example.com), so approvals can be tried out:
 * an approver, and a buyer whose larger orders need approval. Password "hybrid-demo".
 */
export const DEMO_TEAM = [
  { email: "approver@example.com", first_name: "Arne", last_name: "Approver", role: "approver" },
  { email: "orders@example.com", first_name: "Olli", last_name: "Orders", role: "buyer" },
] as const

export const REGIONS = {
  europe: {
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "nl", "be", "at", "it", "es", "ie"],
    tax: { rate: 20, code: "VAT", name: "VAT" },
    shipping: { standard: 4.9, express: 12.9 },
  },
  us: {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    tax: { rate: 8, code: "SALES_TAX", name: "Sales tax" },
    shipping: { standard: 6.9, express: 19.9 },
  },
} as const

export const STOCK_LOCATION_NAME = "Roastery warehouse"
export const TRADE_PRICE_LIST_TITLE = "Trade prices"
export const FULFILLMENT_SET_NAME = "Roastery shipping"
export const FULFILLMENT_PROVIDER = "manual_manual"
export const PAYMENT_PROVIDER = "pp_system_default"
/** Providers every region offers: card/manual via the system provider, and pay on account for trade companies. */
export const REGION_PAYMENT_PROVIDERS = [PAYMENT_PROVIDER, ON_ACCOUNT_PAYMENT_PROVIDER]

/** Demo approval rules, set once (a merchant's or company admin's later change is kept). */
export const DEMO_APPROVAL_RULES = {
  /** Corner Café: orders by buyers above €250 net need an approver. */
  company: { amount_threshold: 250, amount_applies_to: ["buyer"] as "buyer"[] },
  /** The merchant reviews EUR orders above €2,000 before fulfilment. */
  merchantReview: { currency_code: "eur", amount_threshold: 2000 },
}
