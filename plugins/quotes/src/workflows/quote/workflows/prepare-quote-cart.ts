import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureQuoteCartStep } from "../steps/ensure-quote-cart"
import type { LoadedQuote } from "../steps/load-quote"
import { loadQuoteStep } from "../steps/load-quote"
import { prepareQuoteAcceptanceStep } from "../steps/prepare-quote-acceptance"
import { acquireQuoteLockStep, releaseQuoteLockStep } from "../steps/quote-lock"
import { updateQuoteStep } from "../steps/update-quote"

export type QuoteCartInput = {
  /** The customer the cart belongs to (the caller). */
  customer_id: string
  company_address_id: string
  po_number?: string | null
}

/**
 * Composer fragment shared by the accept workflow and prepareQuoteCartWorkflow: the cart a quote is
 * ordered from. The quote's accept cart when it is still valid for the caller (exists, not
 * completed, the caller's, exactly the offered lines at the quoted prices) gets the company address
 * and PO number (updateCartWorkflow; the lines, hence an approval's content hash, stay as they
 * are); otherwise a new cart with the offered lines at the quoted prices (createCartWorkflow; the
 * step's compensation deletes it). Either is recorded as the quote's accept cart (compensation
 * restores the previous one). A reused cart is never deleted by a compensation.
 */
export function quoteCartSteps(quote: WorkflowData<LoadedQuote>, input: WorkflowData<QuoteCartInput>) {
  const prepared = prepareQuoteAcceptanceStep(
    transform({ quote, input }, ({ quote, input }) => ({
      quote,
      customer_id: input.customer_id,
      company_address_id: input.company_address_id,
      po_number: input.po_number ?? null,
    }))
  )
  const cartId = ensureQuoteCartStep(
    transform({ prepared, quote }, ({ prepared, quote }) => ({ ...prepared, quote_id: quote.id }))
  )
  updateQuoteStep(
    transform({ quote, cartId }, ({ quote, cartId }) => ({ id: quote.id, accept_cart_id: cartId }))
  ).config({
    name: "claim-quote-accept-cart",
  })
  return { prepared, cartId }
}

export type PrepareQuoteCartInput = QuoteCartInput & {
  quote_id: string
  /** The caller's scope: a company admin any of the company's quotes, others only their own (404). */
  scope: { company_id: string; customer_id?: string }
}

export const prepareQuoteCartWorkflowId = "prepare-quote-cart"

/**
 * POST /store/quotes/:id/cart — "the cart this quote will be ordered from", so it can go through
 * the company's approval before the quote is accepted: under the quote's lock (waiting up to 10 s),
 * 409 unless the quote is sent and unexpired, then quoteCartSteps (the valid accept cart of the
 * caller, with the given address and PO number, or a new one recorded as the quote's accept cart).
 * The accept workflow later orders from this very cart as long as it is still valid.
 */
export const prepareQuoteCartWorkflow = createWorkflow(prepareQuoteCartWorkflowId, (input: PrepareQuoteCartInput) => {
  const lock = acquireQuoteLockStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, wait: 10 })))
  const quote = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id, scope: input.scope })))
  const { cartId } = quoteCartSteps(
    quote,
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      company_address_id: input.company_address_id,
      po_number: input.po_number ?? null,
    }))
  )
  releaseQuoteLockStep(lock)
  return new WorkflowResponse(transform({ quote, cartId }, ({ quote, cartId }) => ({ id: quote.id, cart_id: cartId })))
})
