import type { MedusaContainer } from "@medusajs/framework/types"
import { addEmployee, storeHeaders, type Api, type Member } from "./company-accounts"

/**
 * Fixtures of the quotes (@hybrid/quotes) and approvals (@hybrid/approvals) plugins for the
 * authorization matrix. The backend the specs boot installs every plugin; their module services
 * are resolved by key ("quote", "approval") so these tests import nothing from the other plugins.
 */
export const QUOTE_MODULE_KEY = "quote"
export const APPROVAL_MODULE_KEY = "approval"

/** What the matrix needs for the quote and approval rows. */
export type QuoteApprovalFixtures = {
  /**
   * Per company two quotes requested by its buyer and sent by the merchant (status `sent`): the
   * matrix gives cells of a buyer `buyer` and cells of a company admin `admin`, so that both
   * own-company writes (accept, reject) meet a quote still in `sent` within one row.
   */
  quotes: { A: { buyer: string; admin: string }; B: { buyer: string; admin: string } }
  /** Per company a pending approval request submitted by its buyer. */
  approvals: { A: string; B: string }
  /** A viewer employee of company A (not a matrix actor: see the viewer describe). */
  viewerA: Member
}

type Company = { id: string; admin: { token: string }; buyer: { token: string } }

/** A new cart of `token` in Europe with one item (the same product as the checkout fixtures). */
export async function cartOf(api: Api, key: string, token: string): Promise<string> {
  const auth = storeHeaders(key, token)
  const { data: regions } = await api.get("/store/regions", auth)
  const eur = regions.regions.find((r: any) => r.currency_code === "eur").id
  const { data: products } = await api.get("/store/products?handle=paper-filters-v60", auth)
  const { data } = await api.post("/store/carts", { region_id: eur }, auth)
  await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: products.products[0].variants[0].id, quantity: 1 }, auth)
  return data.cart.id as string
}

/** POST /store/quotes from a new cart of the buyer, then POST /admin/quotes/:id/send with the same lines. */
async function sentQuote(api: Api, key: string, admin: object, company: Company, which: string): Promise<string> {
  const cartId = await cartOf(api, key, company.buyer.token)
  const { data: requested } = await api.post(
    "/store/quotes",
    { cart_id: cartId, message: `Matrix quote of company ${which}` },
    storeHeaders(key, company.buyer.token)
  )
  const expires = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString()
  const { data: sent } = await api.post(
    `/admin/quotes/${requested.quote.id}/send`,
    {
      expires_at: expires,
      lines: requested.quote.lines.map((line: any) => ({
        id: line.id,
        quantity: line.requested_quantity,
        unit_price: line.requested_unit_price,
      })),
    },
    admin
  )
  if (sent.quote.status !== "sent") {
    throw new Error(`quoteApprovalFixtures: company ${which}'s quote is ${sent.quote.status}, not sent`)
  }
  return sent.quote.id
}

/**
 * Builds QuoteApprovalFixtures for two active companies whose buyers can check out: two sent
 * quotes each, and one pending approval request each — the company admin sets a rule that covers
 * buyers (amount over 0), the buyer submits a new cart, and the rule is cleared again so the quote
 * accept cells (which check out) are not held for approval. A pending request stays pending and
 * decidable without a rule. Also adds a viewer to company A.
 */
export async function quoteApprovalFixtures(
  api: Api,
  key: string,
  container: MedusaContainer,
  admin: object,
  f: { A: Company; B: Company }
): Promise<QuoteApprovalFixtures> {
  const quotes = {} as QuoteApprovalFixtures["quotes"]
  const approvals = {} as QuoteApprovalFixtures["approvals"]
  for (const which of ["A", "B"] as const) {
    const company = f[which]
    quotes[which] = {
      buyer: await sentQuote(api, key, admin, company, which),
      admin: await sentQuote(api, key, admin, company, which),
    }
    const asAdmin = storeHeaders(key, company.admin.token)
    await api.post("/store/approvals/settings", { amount_threshold: 0, amount_applies_to: ["buyer"] }, asAdmin)
    const cartId = await cartOf(api, key, company.buyer.token)
    const { data } = await api.post(
      `/store/carts/${cartId}/approval`,
      { comment: `Matrix approval of company ${which}` },
      storeHeaders(key, company.buyer.token)
    )
    if (data.approval?.status !== "pending") {
      throw new Error(`quoteApprovalFixtures: company ${which}'s approval request was not created: ${JSON.stringify(data)}`)
    }
    approvals[which] = data.approval.id
    await api.post("/store/approvals/settings", { amount_threshold: null }, asAdmin)
  }
  const viewerA = await addEmployee(api, key, container, f.A.admin.token, "viewer@alpha.example", "viewer")
  return { quotes, approvals, viewerA }
}

/** The quote and approval records of a company, for the matrix' before/after comparison and markers. */
export async function quoteApprovalStateOf(container: MedusaContainer, companyId: string) {
  const quoteService = container.resolve<any>(QUOTE_MODULE_KEY)
  const approvalService = container.resolve<any>(APPROVAL_MODULE_KEY)
  const quotes = await quoteService.listQuotes(
    { company_id: companyId },
    { relations: ["messages", "events"], order: { id: "ASC" } }
  )
  const approvals = await approvalService.listApprovalRequests({ company_id: companyId }, { order: { id: "ASC" } })
  const [settings] = await approvalService.listApprovalSettings({ company_id: companyId })
  return {
    quotes: quotes.map((q: any) => ({
      id: q.id,
      status: q.status,
      version: q.version,
      order_id: q.order_id,
      accept_cart_id: q.accept_cart_id,
      cart_id: q.cart_id,
      messages: q.messages.length,
      events: q.events.length,
      updated_at: q.updated_at,
    })),
    approvals: approvals.map((a: any) => ({
      id: a.id,
      status: a.status,
      cart_id: a.cart_id,
      decided_by_customer_id: a.decided_by_customer_id,
      decided_at: a.decided_at,
      updated_at: a.updated_at,
    })),
    approval_settings: settings
      ? {
          amount_threshold: settings.amount_threshold,
          amount_applies_to: settings.amount_applies_to,
          always_roles: settings.always_roles,
        }
      : null,
  }
}
