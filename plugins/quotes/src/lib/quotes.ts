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

/** The full JSON of one quote. */
export async function presentQuote(container: Resolver, quote: QuoteRecord) {
  const names = await companyNames(container, [quote.company_id])
  return serializeQuote(quote, names.get(quote.company_id) ?? null)
}

/** The list JSON of several quotes. */
export async function presentQuotes(container: Resolver, quotes: QuoteRecord[]) {
  const names = await companyNames(
    container,
    quotes.map((q) => q.company_id)
  )
  return quotes.map((q) => serializeQuoteSummary(q, names.get(q.company_id) ?? null))
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
