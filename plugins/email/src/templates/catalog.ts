import type { EmailBody, Site } from "./layout"

/** What a template is given besides the notification's `data`. */
export type TemplateContext = {
  /** The site's origin, no trailing slash (links the template builds itself). */
  siteUrl: string
  /** The admin dashboard (`<backend>/app`), for emails to the merchant. */
  adminUrl: string
}

/** One email: the site whose look it takes when `data.site` does not say, and its blocks. */
export type Template = { site: Site; render(data: Data, context: TemplateContext): EmailBody }

type Data = Record<string, unknown>

const str = (data: Data, key: string, fallback = ""): string => {
  const value = data[key]
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : fallback
}
const has = (data: Data, key: string) => str(data, key).trim() !== ""

/** Amounts as Medusa stores them (major units), with the currency code: "1,234.50 EUR". */
export function money(amount: unknown, currency: unknown): string {
  const value = Number(amount)
  const code = typeof currency === "string" ? currency.toUpperCase() : ""
  if (!Number.isFinite(value)) {
    return ""
  }
  return `${value.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${code ? ` ${code}` : ""}`
}

/** A date as "6 December 2026" (UTC: the same day for everyone who reads the email). */
export function day(value: unknown): string {
  const date = new Date(typeof value === "string" || typeof value === "number" ? value : Number.NaN)
  return Number.isNaN(date.getTime())
    ? ""
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
}

/** Payment terms as the company-accounts plugin stores them (`net30`, `net_60`, `prepaid`) in words. */
export function terms(value: unknown): string {
  const text = typeof value === "string" ? value : ""
  const net = /^net[_ -]?(\d+)$/i.exec(text)
  if (net) {
    return `Net ${net[1]} days`
  }
  return text ? text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, " ") : ""
}

const hello = (data: Data) => (has(data, "first_name") ? `Hello ${str(data, "first_name")},` : "Hello,")
const orderNo = (data: Data) => `#${str(data, "display_id", str(data, "order_id"))}`
const url = (data: Data, key: string, fallback: string) => (has(data, key) ? str(data, key) : fallback)

type Line = { title?: unknown; quantity?: unknown; total?: unknown }
const lineRows = (data: Data): [string, string][] =>
  (Array.isArray(data.items) ? (data.items as Line[]) : []).map((line) => [
    `${String(line.quantity ?? "")} × ${String(line.title ?? "")}`,
    money(line.total, data.currency_code),
  ])

/**
 * Every email the platform sends, by template id. The ids are the ones the plugins already send
 * (company.*, quote.*, approval.*, merchant_review.*), the core flows of this plugin (order.*,
 * auth.password_reset) and the consumer accounts' (customer.*). A notification whose id is not
 * here is still delivered, from its plain-text `content` in the default look (see `renderEmail`).
 */
export const TEMPLATES: Record<string, Template> = {
  // Orders (this plugin's subscribers).
  "order.confirmation": {
    site: "consumer",
    render: (data, { siteUrl }) => ({
      subject: `Thank you for your order ${orderNo(data)}`,
      heading: "Thank you for your order",
      paragraphs: [hello(data), `we have received your order ${orderNo(data)} and will email you again when it ships.`],
      facts: [
        ["Order", orderNo(data)],
        ["Placed on", day(data.placed_at)],
        ...lineRows(data),
        ["Total", money(data.total, data.currency_code)],
        ...(has(data, "shipping_address") ? ([["Ship to", str(data, "shipping_address")]] as [string, string][]) : []),
      ],
      action: { label: "View your order", url: url(data, "order_url", `${siteUrl}/orders`) },
    }),
  },
  "order.confirmation_on_account": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `Order ${orderNo(data)} confirmed${has(data, "po_number") ? ` (PO ${str(data, "po_number")})` : ""}`,
      heading: `Order ${orderNo(data)} is confirmed`,
      paragraphs: [
        hello(data),
        `${has(data, "company_name") ? `${str(data, "company_name")}'s` : "Your"} order ${orderNo(data)} is placed on account. We will invoice it with the payment terms below.`,
      ],
      facts: [
        ["Order", orderNo(data)],
        ["PO number", str(data, "po_number") || "none"],
        ["Payment terms", terms(data.payment_terms)],
        ["Due date", day(data.due_date) || "on invoice"],
        ...lineRows(data),
        ["Total", money(data.total, data.currency_code)],
      ],
      action: { label: "View the order", url: url(data, "order_url", `${siteUrl}/orders`) },
    }),
  },
  "order.shipped": {
    site: "consumer",
    render: (data, { siteUrl }) => ({
      subject: `Your order ${orderNo(data)} is on its way`,
      heading: "Your order is on its way",
      paragraphs: [hello(data), `we have shipped order ${orderNo(data)}.`],
      facts: (Array.isArray(data.tracking) ? (data.tracking as { number?: unknown; url?: unknown }[]) : []).map(
        (label) => ["Tracking", [label.number, label.url].filter((v) => typeof v === "string" && v).join(" · ")]
      ),
      action: {
        label: has(data, "tracking_url") ? "Track the parcel" : "View your order",
        url: url(data, "tracking_url", url(data, "order_url", `${siteUrl}/orders`)),
      },
    }),
  },
  // Accounts.
  "auth.password_reset": {
    site: "consumer",
    render: (data, { siteUrl }) => ({
      subject: "Choose a new password",
      heading: "Choose a new password",
      paragraphs: [
        "Someone (we hope you) asked to reset the password of this account.",
        "If it was not you, ignore this email: your password stays as it is.",
      ],
      action: { label: "Choose a new password", url: url(data, "reset_url", `${siteUrl}/forgot-password`) },
      footnote: `The link works once, for ${str(data, "expires_in_minutes", "15")} minutes. Choosing a new password signs you out everywhere else.`,
    }),
  },
  "customer.verify-email": {
    site: "consumer",
    render: (data, { siteUrl }) => ({
      subject: "Confirm your email address",
      heading: "Confirm your email address",
      paragraphs: [hello(data), "please confirm that this address is yours to finish setting up your account."],
      action: { label: "Confirm my email", url: url(data, "verify_url", siteUrl) },
      footnote: "If you did not create an account, ignore this email.",
    }),
  },
  "customer.welcome": {
    site: "consumer",
    render: (data, { siteUrl }) => ({
      subject: "Welcome to your account",
      heading: "Welcome",
      paragraphs: [hello(data), "your account is ready: your orders, addresses and details are in one place."],
      action: { label: "Go to my account", url: url(data, "account_url", `${siteUrl}/account`) },
    }),
  },
  // Company accounts (trade).
  "company.application_received": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `We received the trade application of ${str(data, "company_name")}`,
      heading: "Thank you for applying",
      paragraphs: [
        hello(data),
        `we received the trade application for ${str(data, "company_name")}. We review every application and will write to you once it is decided.`,
      ],
      action: { label: "Visit the trade site", url: siteUrl },
    }),
  },
  "company.application_approved": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `${str(data, "company_name")} is approved for trade`,
      heading: "Your trade account is active",
      paragraphs: [`${str(data, "company_name")} can now order at trade prices.`],
      facts: [
        ["Payment terms", terms(data.payment_terms)],
        ...(data.credit_limit != null
          ? ([["Credit limit", money(data.credit_limit, data.currency_code)]] as [string, string][])
          : []),
      ],
      action: { label: "Sign in", url: url(data, "sign_in_url", `${siteUrl}/sign-in`) },
    }),
  },
  "company.application_rejected": {
    site: "trade",
    render: (data) => ({
      subject: `Your trade application for ${str(data, "company_name")}`,
      heading: "About your trade application",
      paragraphs: [
        `We are sorry: we cannot open a trade account for ${str(data, "company_name")}.`,
        ...(has(data, "reason") ? [`Reason: ${str(data, "reason")}`] : []),
      ],
    }),
  },
  "company.employee_invited": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `You are invited to ${str(data, "company_name")}'s trade account`,
      heading: `Join ${str(data, "company_name")}`,
      paragraphs: [`You have been invited to join ${str(data, "company_name")} as ${str(data, "role")}.`],
      action: { label: "Accept the invitation", url: url(data, "accept_url", siteUrl) },
      footnote: has(data, "expires_at") ? `The invitation is valid until ${day(data.expires_at)}.` : undefined,
    }),
  },
  "company.application_existing_account": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: "A trade application with your email address",
      heading: "A trade application with your email address",
      paragraphs: [
        `Someone applied for a trade account for ${str(data, "company_name")} with this email address, which already has an account with us, so no new account was created.`,
        "If it was you, sign in (or reset your password there). If it was not you, you can ignore this email.",
      ],
      action: { label: "Sign in", url: url(data, "sign_in_url", `${siteUrl}/sign-in`) },
    }),
  },
  // Quotes.
  "quote.requested": {
    site: "trade",
    render: (data, { adminUrl }) => ({
      subject: `Quote #${str(data, "display_id")} requested by ${str(data, "company_name") || str(data, "requester_name")}`,
      heading: `Quote #${str(data, "display_id")} requested`,
      paragraphs: [
        `${str(data, "requester_name")} (${str(data, "company_name") || "no company"}) asks for a quote.`,
        ...(has(data, "message") ? [`"${str(data, "message")}"`] : []),
      ],
      facts: [["Goods (net)", money(data.subtotal, data.currency_code)]],
      action: { label: "Answer in the admin", url: url(data, "admin_url", `${adminUrl}/quotes`) },
    }),
  },
  "quote.counter_offer_sent": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `Your quote #${str(data, "display_id")}: our offer`,
      heading: `Our offer for quote #${str(data, "display_id")}`,
      paragraphs: [
        `Hello ${str(data, "requester_name")}, here is our offer.`,
        ...(has(data, "message") ? [str(data, "message")] : []),
      ],
      facts: [
        ["Total (net)", money(data.subtotal, data.currency_code)],
        ["Valid until", day(data.expires_at)],
      ],
      action: { label: "Review and accept", url: url(data, "quote_url", `${siteUrl}/quotes`) },
    }),
  },
  "quote.accepted": {
    site: "trade",
    render: (data, { adminUrl }) => ({
      subject: `Quote #${str(data, "display_id")} accepted: order #${str(data, "order_display_id", str(data, "order_id"))}`,
      heading: `Quote #${str(data, "display_id")} accepted`,
      paragraphs: [
        `${str(data, "requester_name")} (${str(data, "company_name") || "no company"}) accepted the offer; order #${str(data, "order_display_id", str(data, "order_id"))} was placed at the quoted prices.`,
      ],
      facts: [["Total (net)", money(data.subtotal, data.currency_code)]],
      action: { label: "Open the order", url: `${adminUrl}/orders/${str(data, "order_id")}` },
    }),
  },
  "quote.rejected": {
    site: "trade",
    render: (data, { adminUrl }) => ({
      subject: `Quote #${str(data, "display_id")} rejected by ${str(data, "company_name") || str(data, "requester_name")}`,
      heading: `Quote #${str(data, "display_id")} rejected`,
      paragraphs: [
        `${str(data, "requester_name")} rejected the offer.`,
        ...(has(data, "reason") ? [`Reason: ${str(data, "reason")}`] : []),
      ],
      action: { label: "Open the quote", url: `${adminUrl}/quotes/${str(data, "quote_id")}` },
    }),
  },
  "quote.declined": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `Your quote #${str(data, "display_id")} was declined`,
      heading: `Quote #${str(data, "display_id")} declined`,
      paragraphs: [
        `Hello ${str(data, "requester_name")}, we are sorry: we cannot offer this quote.`,
        ...(has(data, "reason") ? [`Reason: ${str(data, "reason")}`] : []),
      ],
      action: { label: "See the quote", url: url(data, "quote_url", `${siteUrl}/quotes`) },
    }),
  },
  "quote.message_posted": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `New message on quote #${str(data, "display_id")}`,
      heading: `New message on quote #${str(data, "display_id")}`,
      paragraphs: [`${str(data, "author_name")} wrote:`, `"${str(data, "body")}"`],
      action: { label: "Reply", url: url(data, "url", `${siteUrl}/quotes`) },
    }),
  },
  // Approvals.
  "approval.requested": {
    site: "trade",
    render: (data, { siteUrl }) => {
      const who = str(data, "requester_name") || str(data, "requester_email") || "A colleague"
      return {
        subject: `${who} asks you to approve an order of ${money(data.amount, data.currency_code)}`,
        heading: "An order waits for your approval",
        paragraphs: [
          `${who} submitted a cart for approval.`,
          ...(has(data, "comment") ? [`Their note: "${str(data, "comment")}"`] : []),
        ],
        facts: [["Amount (net)", money(data.amount, data.currency_code)]],
        action: { label: "Review it", url: url(data, "url", `${siteUrl}/approvals`) },
      }
    },
  },
  "approval.approved": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `Your cart of ${money(data.amount, data.currency_code)} is approved`,
      heading: "Your cart is approved",
      paragraphs: [
        `${str(data, "decided_by_name") || "Your approver"} approved your cart. You can place the order now.`,
        ...(has(data, "decision_comment") ? [`Comment: "${str(data, "decision_comment")}"`] : []),
      ],
      action: { label: "Place the order", url: url(data, "url", `${siteUrl}/cart`) },
    }),
  },
  "approval.rejected": {
    site: "trade",
    render: (data, { siteUrl }) => ({
      subject: `Your cart of ${money(data.amount, data.currency_code)} was rejected`,
      heading: "Your cart was rejected",
      paragraphs: [
        `${str(data, "decided_by_name") || "Your approver"} rejected your cart.`,
        ...(has(data, "decision_comment") ? [`Reason: "${str(data, "decision_comment")}"`] : []),
      ],
      action: { label: "Change the cart", url: url(data, "url", `${siteUrl}/cart`) },
    }),
  },
  "merchant_review.required": {
    site: "trade",
    render: (data, { adminUrl }) => ({
      subject: `Order #${str(data, "order_display_id", str(data, "order_id"))} of ${money(data.amount, data.currency_code)} awaits your review`,
      heading: "An order awaits your review",
      paragraphs: [
        `Order #${str(data, "order_display_id", str(data, "order_id"))}${has(data, "company_name") ? ` from ${str(data, "company_name")}` : ""} is above the review threshold of ${money(data.threshold, data.currency_code)}. It cannot be fulfilled until it is approved.`,
      ],
      facts: [["Amount", money(data.amount, data.currency_code)]],
      action: { label: "Review in the admin", url: `${adminUrl}/orders/${str(data, "order_id")}` },
    }),
  },
}
