import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyNames, loadQuoteOr404 } from "../../../lib/quotes"
import type { QuoteRecord } from "../../../lib/serialize"

export type LoadQuoteInput = {
  id: string
  /** Scope of the caller: a store caller only finds its company's (a buyer only its own) quotes. */
  scope?: { company_id?: string; customer_id?: string }
}

export type LoadedQuote = QuoteRecord & { company_name: string | null }

/** The quote with lines, thread and history and its company's name; 404 outside the caller's scope. Reads only. */
export const loadQuoteStep = createStep("load-quote", async (input: LoadQuoteInput, { container }) => {
  const quote = await loadQuoteOr404(container, input.id, input.scope ?? {})
  const names = await companyNames(container, [quote.company_id])
  return new StepResponse({ ...quote, company_name: names.get(quote.company_id) ?? null } as LoadedQuote)
})
