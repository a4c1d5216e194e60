import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ReportedQuoteStatus } from "../constants"
import { presentQuotes, quoteService, type QuoteAudience } from "./quotes"
import type { QuoteRecord } from "./serialize"

type Filter = Record<string, unknown>

/** The stored-field filter of a reported status ("expired" and "sent" split on expires_at). */
export function statusFilter(status: ReportedQuoteStatus | "all", now: Date): Filter | null {
  switch (status) {
    case "all":
      return null
    case "expired":
      return { status: "sent", expires_at: { $lt: now } }
    case "sent":
      return { status: "sent", $or: [{ expires_at: null }, { expires_at: { $gte: now } }] }
    default:
      return { status }
  }
}

export type ListQuotesQuery = {
  status: ReportedQuoteStatus | "all"
  company_id?: string
  customer_id?: string
  expires_before?: Date
  expires_after?: Date
  q?: string
  limit: number
  offset: number
}

/** Quotes matching the query, newest first, in the list JSON (as `audience` may see them), with the total count. */
export async function listQuotes(
  scope: Pick<MedusaContainer, "resolve">,
  query: ListQuotesQuery,
  audience: QuoteAudience
) {
  const parts: Filter[] = []
  if (query.company_id) parts.push({ company_id: query.company_id })
  if (query.customer_id) parts.push({ customer_id: query.customer_id })
  const status = statusFilter(query.status, new Date())
  if (status) parts.push(status)
  if (query.expires_before) parts.push({ expires_at: { $lt: query.expires_before } })
  if (query.expires_after) parts.push({ expires_at: { $gte: query.expires_after } })
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
    const or: Filter[] = [{ requester_name: { $ilike: like } }, { requester_email: { $ilike: like } }]
    const number = Number(query.q.replace(/^#/, ""))
    if (Number.isInteger(number) && number > 0) {
      or.push({ display_id: number })
    }
    const graph = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = await graph.graph({
      entity: "company",
      fields: ["id"],
      filters: { name: { $ilike: like } },
    })
    if (companies.length) {
      or.push({ company_id: companies.map((c: { id: string }) => c.id) })
    }
    parts.push({ $or: or })
  }
  const [quotes, count] = await quoteService(scope).listAndCountQuotes(parts.length ? { $and: parts } : {}, {
    relations: ["lines"],
    order: { created_at: "DESC" },
    take: query.limit,
    skip: query.offset,
  })
  return { quotes: await presentQuotes(scope, quotes as unknown as QuoteRecord[], audience), count }
}
