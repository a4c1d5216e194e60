import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../constants"
import type QuoteModuleService from "../modules/quote/service"
import { quoteTotals, serializeQuote, serializeQuoteSummary, type QuoteRecord } from "./serialize"
import type { QuoteSummary } from "./notifications"

type Resolver = Pick<MedusaContainer, "resolve">

/** The quote module's service, typed. */
export function quoteService(container: Resolver): QuoteModuleService {
  return container.resolve<QuoteModuleService>(QUOTE_MODULE)
}

/** Relations a full quote is loaded with. */
export const QUOTE_RELATIONS = ["lines", "messages", "events"]

/** A quote with lines, thread and history, or 404 (filters scope it: company, requester). */
export async function loadQuoteOr404(
  container: Resolver,
  id: string,
  scope: { company_id?: string; customer_id?: string } = {}
): Promise<QuoteRecord> {
  const [quote] = await quoteService(container).listQuotes({ id, ...scope }, { relations: QUOTE_RELATIONS, take: 1 })
  if (!quote) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${id} was not found`)
  }
  return quote as unknown as QuoteRecord
}

/** Company names by id (companies live in company-accounts' module; read through Query). */
export async function companyNames(container: Resolver, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "company", fields: ["id", "name"], filters: { id: unique } })
  return new Map(data.map((c: any) => [c.id as string, c.name as string]))
}

/**
 * Who receives a quote: the merchant (admin API) or a store customer. The accept cart's id is a
 * bearer secret (whoever holds a cart id can change or complete the cart), so a store caller gets
 * `accept_cart_id` only when that cart is their own (they prepared it); a company admin looking
 * at the requester's accept cart, or the requester looking at the admin's, gets `null`. Accepting
 * works through the quote id either way (acceptQuoteWorkflow finds or builds the caller's cart).
 */
export type QuoteAudience = { merchant: true } | { customer_id: string }

/** Each quote with `accept_cart_id` kept only where the audience may hold it (see QuoteAudience). */
async function withVisibleAcceptCarts(
  container: Resolver,
  quotes: QuoteRecord[],
  audience: QuoteAudience
): Promise<QuoteRecord[]> {
  if ("merchant" in audience) {
    return quotes
  }
  const cartIds = [...new Set(quotes.map((q) => q.accept_cart_id).filter((id): id is string => !!id))]
  const owners = new Map<string, string | null>()
  if (cartIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: cartIds } })
    for (const cart of data as { id: string; customer_id: string | null }[]) {
      owners.set(cart.id, cart.customer_id)
    }
  }
  return quotes.map((quote) =>
    quote.accept_cart_id && owners.get(quote.accept_cart_id) === audience.customer_id
      ? quote
      : { ...quote, accept_cart_id: null }
  )
}

/** The full JSON of one quote, as `audience` may see it. */
export async function presentQuote(container: Resolver, quote: QuoteRecord, audience: QuoteAudience) {
  const names = await companyNames(container, [quote.company_id])
  const [visible] = await withVisibleAcceptCarts(container, [quote], audience)
  return serializeQuote(visible!, names.get(quote.company_id) ?? null)
}

/** The list JSON of several quotes, as `audience` may see them. */
export async function presentQuotes(container: Resolver, quotes: QuoteRecord[], audience: QuoteAudience) {
  const names = await companyNames(
    container,
    quotes.map((q) => q.company_id)
  )
  const visible = await withVisibleAcceptCarts(container, quotes, audience)
  return visible.map((q) => serializeQuoteSummary(q, names.get(q.company_id) ?? null))
}

/** What notifications say about a quote. */
export function quoteSummary(quote: QuoteRecord, companyName: string | null): QuoteSummary {
  return {
    id: quote.id,
    display_id: quote.display_id,
    company_name: companyName,
    requester_name: quote.requester_name,
    currency_code: quote.currency_code,
    subtotal: quoteTotals(quote.lines ?? []).subtotal,
  }
}
