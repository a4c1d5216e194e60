import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { QUOTE_EVENTS } from "../../../constants"
import type { OfferLineInput } from "../../../lib/lines"
import { counterOfferSent } from "../../../lib/notifications"
import { quoteSummary } from "../../../lib/quotes"
import { lineChange, quoteTotals } from "../../../lib/serialize"
import { applyOfferLinesStep } from "../steps/apply-offer-lines"
import { createQuoteEventsStep } from "../steps/create-quote-events"
import { createQuoteMessagesStep } from "../steps/create-quote-messages"
import { loadQuoteStep } from "../steps/load-quote"
import { planCounterOfferStep } from "../steps/plan-counter-offer"
import { acquireQuoteLockStep, releaseQuoteLockStep } from "../steps/quote-lock"
import { resolveQuoteOptionsStep } from "../steps/resolve-quote-options"
import { updateQuoteStep } from "../steps/update-quote"
import { validateOfferQuantitiesStep } from "../steps/validate-offer-quantities"
import { validateQuoteStatusStep } from "../steps/validate-quote-status"
import { contractPricesSteps, type Actor } from "./create-quote-contract-prices"

export type SendCounterOfferInput = {
  quote_id: string
  lines: OfferLineInput[]
  /** ISO date-time in the future; default: now + options.defaultValidityDays. */
  expires_at?: string
  message?: string | null
  contract_prices?: { ends_at: string } | null
  actor: Actor
}

export const sendCounterOfferWorkflowId = "send-quote-counter-offer"

/**
 * The merchant answers a quote (requested or sent, also expired: a new offer renews it; 409 once
 * accepted, rejected or declined): listed lines take the offered quantity and unit price, unlisted
 * lines are marked removed, variant_id entries add lines. Offered quantities must be allowed by the
 * variants' trade quantity rules (validateOfferQuantitiesStep, 400 before anything is written).
 * Status → sent, version + 1, expiry set, the accept cart forgotten (it holds the previous offer,
 * so an approval of it covers nothing new), optional message in the thread, optional contract
 * prices (see contractPricesSteps), history entry, quote.counter_offer_sent to the requester and
 * as an event. Under the quote's lock; every write is compensated.
 */
export const sendCounterOfferWorkflow = createWorkflow(sendCounterOfferWorkflowId, (input: SendCounterOfferInput) => {
  const lock = acquireQuoteLockStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, wait: 10 })))
  const options = resolveQuoteOptionsStep()
  const quote = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id })))
  validateQuoteStatusStep(
    transform({ quote }, ({ quote }) => ({
      quote,
      allowed: ["requested" as const, "sent" as const, "expired" as const],
      action: "sent a counter-offer",
    }))
  )
  const plan = planCounterOfferStep(
    transform({ quote, input }, ({ quote, input }) => ({
      quote,
      lines: input.lines,
      contract_prices: !!input.contract_prices,
    }))
  )
  // Before anything is written: an offer the buyer's accept cart could not hold is refused.
  validateOfferQuantitiesStep(
    transform({ quote, plan, input }, ({ quote, plan, input }) => ({
      quote,
      lines: input.lines,
      additions: plan.additions,
    }))
  )
  applyOfferLinesStep(transform({ plan, input }, ({ plan, input }) => ({ quote_id: input.quote_id, ...plan })))
  // Transform results are serialized between steps: the expiry travels as an ISO string.
  const expiresAt = transform({ input, options }, ({ input, options }) =>
    (input.expires_at
      ? new Date(input.expires_at)
      : new Date(Date.now() + options.defaultValidityDays * 24 * 60 * 60 * 1000)
    ).toISOString()
  )
  updateQuoteStep(
    transform({ quote, expiresAt }, ({ quote, expiresAt }) => ({
      id: quote.id,
      status: "sent" as const,
      version: quote.version + 1,
      expires_at: expiresAt,
      // The old accept cart holds the previous offer: it can no longer be ordered from.
      accept_cart_id: null,
    }))
  )
  when("counter-offer-with-message", { input }, ({ input }) => !!input.message?.trim()).then(() => {
    createQuoteMessagesStep(
      transform({ input }, ({ input }) => [
        {
          quote_id: input.quote_id,
          author_type: "merchant" as const,
          author_id: input.actor.id,
          author_name: input.actor.name,
          body: input.message!.trim(),
        },
      ])
    )
  })
  const sent = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id }))).config({
    name: "load-sent-quote",
  })
  when("counter-offer-with-contract-prices", { input }, ({ input }) => !!input.contract_prices).then(() => {
    contractPricesSteps(
      sent,
      transform({ input }, ({ input }) => input.contract_prices!.ends_at),
      transform({ input }, ({ input }) => input.actor)
    )
  })
  createQuoteEventsStep(
    transform({ quote, sent, input, expiresAt }, ({ quote, sent, input, expiresAt }) => {
      const changes = { unchanged: 0, changed: 0, added: 0, removed: 0 }
      for (const line of sent.lines ?? []) {
        changes[lineChange(line)]++
      }
      return [
        {
          quote_id: quote.id,
          action: "counter_offer_sent",
          actor_type: "merchant" as const,
          actor_id: input.actor.id,
          actor_name: input.actor.name,
          from_status: quote.status,
          to_status: "sent",
          data: {
            version: sent.version,
            expires_at: expiresAt,
            subtotal: quoteTotals(sent.lines ?? []).subtotal,
            changes,
          },
        },
      ]
    })
  )
  sendNotificationsStep(
    transform({ sent, input, options, expiresAt }, ({ sent, input, options, expiresAt }) => [
      counterOfferSent(
        sent.requester_email,
        quoteSummary(sent, sent.company_name),
        { version: sent.version, expires_at: expiresAt, message: input.message?.trim() || null },
        `${options.tradeStorefrontUrl}/quotes/${sent.id}`
      ),
    ])
  ).config({ continueOnPermanentFailure: true })
  emitEventStep({
    eventName: QUOTE_EVENTS.counterOfferSent,
    data: transform({ sent }, ({ sent }) => ({ id: sent.id, version: sent.version })),
  })
  releaseQuoteLockStep(lock)
  return new WorkflowResponse(transform({ sent }, ({ sent }) => ({ id: sent.id })))
})
