import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createPaymentSessionsWorkflow,
  emitEventStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { QUOTE_EVENTS } from "../../../constants"
import { quoteAccepted } from "../../../lib/notifications"
import { quoteSummary } from "../../../lib/quotes"
import { quoteTotals } from "../../../lib/serialize"
import { chooseShippingOptionStep } from "../steps/choose-shipping-option"
import { completeQuoteCartStep } from "../steps/complete-quote-cart"
import { createQuoteEventsStep } from "../steps/create-quote-events"
import { ensureQuotePaymentCollectionStep } from "../steps/ensure-quote-payment-collection"
import { loadQuoteStep } from "../steps/load-quote"
import { acquireQuoteLockStep, releaseQuoteLockStep } from "../steps/quote-lock"
import { resolveQuoteOptionsStep } from "../steps/resolve-quote-options"
import { updateQuoteStep } from "../steps/update-quote"
import { quoteCartSteps } from "./prepare-quote-cart"

export type AcceptQuoteInput = {
  quote_id: string
  /** The caller's scope: a company admin any of the company's quotes, others only their own (404). */
  scope: { company_id: string; customer_id?: string }
  /** The customer placing the order (the caller). */
  customer_id: string
  actor_name: string
  company_address_id: string
  po_number?: string | null
  shipping_option_id?: string | null
}

export const acceptQuoteWorkflowId = "accept-quote"

/**
 * Turns a sent offer into an order at the quoted prices, exactly once:
 * 1. the quote's lock (Locking Module), without waiting: a concurrent accept answers 409;
 * 2. under the lock, the quote is read again: 409 unless sent and unexpired ("already accepted");
 * 3. the cart to order from (quoteCartSteps): the quote's accept cart when it is still valid for
 *    the caller — prepared by POST /store/quotes/:id/cart and possibly approved under the company's
 *    approval rules — with the chosen address and PO number; else a new cart of the caller (quote's
 *    region, channel, currency; company address as shipping and billing; metadata {company_id,
 *    po_number, quote_id}; the offered lines at the quoted unit prices as custom prices, which
 *    Medusa keeps on refresh), recorded as the quote's accept cart;
 * 4. the given shipping option, else the cheapest; a payment session (on account for net terms);
 * 5. the quote names the cart as the one being completed (the only cart the "quotes" checkout
 *    guard lets complete for it), then Medusa's completeCartWorkflow — company rules, credit and
 *    spending limits, approvals apply;
 * 6. the quote becomes accepted with the order id; history; quote.accepted to the merchant.
 * Any failure (approval pending or missing, a limit, stock) compensates: no order, the quote stays
 * sent, the lock is released. A cart this run created is deleted and the quote's previous accept
 * cart restored; a reused accept cart survives with its approval request (shipping method and
 * payment session added by the run are removed again).
 * A notification that cannot be sent does not undo the order (continueOnPermanentFailure).
 */
export const acceptQuoteWorkflow = createWorkflow(acceptQuoteWorkflowId, (input: AcceptQuoteInput) => {
  const lock = acquireQuoteLockStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, wait: 0 })))
  const options = resolveQuoteOptionsStep()
  const quote = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id, scope: input.scope })))
  const { prepared, cartId } = quoteCartSteps(
    quote,
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      company_address_id: input.company_address_id,
      po_number: input.po_number ?? null,
    }))
  )
  const optionId = chooseShippingOptionStep(
    transform({ cartId, input }, ({ cartId, input }) => ({
      cart_id: cartId,
      shipping_option_id: input.shipping_option_id ?? null,
    }))
  )
  addShippingMethodToCartWorkflow.runAsStep({
    input: transform({ cartId, optionId }, ({ cartId, optionId }) => ({
      cart_id: cartId,
      options: [{ id: optionId }],
    })),
  })
  // A reused cart may already have a payment collection (the storefront's checkout made one).
  const collection = ensureQuotePaymentCollectionStep(
    transform({ cartId, prepared }, ({ cartId, prepared }) => ({
      cart_id: cartId,
      payment_collection_id: prepared.reuse_payment_collection_id,
    }))
  )
  createPaymentSessionsWorkflow.runAsStep({
    input: transform({ collection, prepared, input }, ({ collection, prepared, input }) => ({
      payment_collection_id: collection.id,
      provider_id: prepared.provider_id,
      customer_id: input.customer_id,
    })),
  })
  // From here until it is accepted (or the run compensates), this cart may complete for the quote.
  updateQuoteStep(
    transform({ quote, cartId }, ({ quote, cartId }) => ({ id: quote.id, completing_cart_id: cartId }))
  ).config({
    name: "mark-quote-cart-completing",
  })
  const order = completeQuoteCartStep(transform({ cartId }, ({ cartId }) => ({ cart_id: cartId })))
  updateQuoteStep(
    transform({ quote, order }, ({ quote, order }) => ({
      id: quote.id,
      status: "accepted" as const,
      order_id: order.id,
      accept_cart_id: null,
      completing_cart_id: null,
    }))
  ).config({ name: "mark-quote-accepted" })
  createQuoteEventsStep(
    transform({ quote, order, input }, ({ quote, order, input }) => [
      {
        quote_id: quote.id,
        action: "accepted",
        actor_type: "customer" as const,
        actor_id: input.customer_id,
        actor_name: input.actor_name,
        from_status: "sent",
        to_status: "accepted",
        data: {
          order_id: order.id,
          order_display_id: order.display_id,
          subtotal: quoteTotals(quote.lines ?? []).subtotal,
        },
      },
    ])
  )
  releaseQuoteLockStep(lock)
  sendNotificationsStep(
    transform({ quote, order, options }, ({ quote, order, options }) => [
      quoteAccepted(options.merchantEmail, quoteSummary(quote, quote.company_name), order),
    ])
  ).config({ continueOnPermanentFailure: true })
  emitEventStep({
    eventName: QUOTE_EVENTS.accepted,
    data: transform({ quote, order }, ({ quote, order }) => ({ id: quote.id, order_id: order.id })),
  })
  return new WorkflowResponse(transform({ quote, order }, ({ quote, order }) => ({ id: quote.id, order })))
})
