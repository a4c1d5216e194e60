import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { QUOTE_EVENTS } from "../../../constants"
import { quoteRequested } from "../../../lib/notifications"
import { quoteTotals } from "../../../lib/serialize"
import { createQuoteStep } from "../steps/create-quote"
import { createQuoteEventsStep } from "../steps/create-quote-events"
import { resolveQuoteOptionsStep } from "../steps/resolve-quote-options"
import { validateQuoteCartStep } from "../steps/validate-quote-cart"

export type RequestQuoteInput = {
  cart_id: string
  message: string
  customer_id: string
  employee_id: string
  company: { id: string; name: string; currency_code: string }
}

export const requestQuoteWorkflowId = "request-quote"

/**
 * A buyer asks for a quote on their cart: the quote copies the cart's lines (requested = offered =
 * the cart's quantities and unit prices) and the buyer's message, records "requested" in its
 * history, tells the merchant (quote.requested to options.merchantEmail) and emits quote.requested.
 * The cart itself is left alone. Compensation deletes the quote and its history entry.
 */
export const requestQuoteWorkflow = createWorkflow(requestQuoteWorkflowId, (input: RequestQuoteInput) => {
  const options = resolveQuoteOptionsStep()
  const cart = validateQuoteCartStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      company: input.company,
    }))
  )
  const quote = createQuoteStep(
    transform({ cart, input }, ({ cart, input }) => ({
      ...cart,
      company_id: input.company.id,
      employee_id: input.employee_id,
      message: input.message,
    }))
  )
  createQuoteEventsStep(
    transform({ quote, cart }, ({ quote, cart }) => [
      {
        quote_id: quote.id,
        action: "requested",
        actor_type: "customer" as const,
        actor_id: cart.customer_id,
        actor_name: cart.requester_name,
        from_status: null,
        to_status: "requested",
        data: { line_count: cart.lines.length, requested_subtotal: quoteTotals(cart.lines).requested_subtotal },
      },
    ])
  )
  sendNotificationsStep(
    transform({ quote, cart, input, options }, ({ quote, cart, input, options }) => [
      quoteRequested(
        options.merchantEmail,
        {
          id: quote.id,
          display_id: quote.display_id as unknown as number,
          company_name: input.company.name,
          requester_name: cart.requester_name,
          currency_code: cart.currency_code,
          subtotal: quoteTotals(cart.lines).subtotal,
        },
        input.message,
        `/app/quotes/${quote.id}`
      ),
    ])
  ).config({ continueOnPermanentFailure: true })
  emitEventStep({ eventName: QUOTE_EVENTS.requested, data: transform({ quote }, ({ quote }) => ({ id: quote.id })) })
  return new WorkflowResponse(transform({ quote }, ({ quote }) => ({ id: quote.id })))
})
