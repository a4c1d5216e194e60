import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { QUOTE_EVENTS } from "../../../constants"
import { quoteRejected } from "../../../lib/notifications"
import { quoteSummary } from "../../../lib/quotes"
import { createQuoteEventsStep } from "../steps/create-quote-events"
import { loadQuoteStep } from "../steps/load-quote"
import { acquireQuoteLockStep, releaseQuoteLockStep } from "../steps/quote-lock"
import { resolveQuoteOptionsStep } from "../steps/resolve-quote-options"
import { updateQuoteStep } from "../steps/update-quote"
import { validateQuoteStatusStep } from "../steps/validate-quote-status"
import type { Actor } from "./create-quote-contract-prices"

export type RejectQuoteInput = {
  quote_id: string
  /** The caller's scope (company; a non-admin only their own quotes): others' quotes are 404. */
  scope: { company_id: string; customer_id?: string }
  reason?: string | null
  actor: Actor
}

export const rejectQuoteWorkflowId = "reject-quote"

/**
 * The buyer rejects the merchant's offer (only a sent, unexpired quote; 409 otherwise): status
 * rejected, history entry, quote.rejected to the merchant and as an event.
 */
export const rejectQuoteWorkflow = createWorkflow(rejectQuoteWorkflowId, (input: RejectQuoteInput) => {
  const lock = acquireQuoteLockStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, wait: 10 })))
  const options = resolveQuoteOptionsStep()
  const quote = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id, scope: input.scope })))
  validateQuoteStatusStep(
    transform({ quote }, ({ quote }) => ({ quote, allowed: ["sent" as const], action: "rejected" }))
  )
  updateQuoteStep(transform({ quote }, ({ quote }) => ({ id: quote.id, status: "rejected" as const })))
  createQuoteEventsStep(
    transform({ quote, input }, ({ quote, input }) => [
      {
        quote_id: quote.id,
        action: "rejected",
        actor_type: "customer" as const,
        actor_id: input.actor.id,
        actor_name: input.actor.name,
        from_status: quote.status,
        to_status: "rejected",
        data: { reason: input.reason ?? null },
      },
    ])
  )
  sendNotificationsStep(
    transform({ quote, input, options }, ({ quote, input, options }) => [
      quoteRejected(options.merchantEmail, quoteSummary(quote, quote.company_name), input.reason ?? null),
    ])
  ).config({ continueOnPermanentFailure: true })
  emitEventStep({ eventName: QUOTE_EVENTS.rejected, data: transform({ quote }, ({ quote }) => ({ id: quote.id })) })
  releaseQuoteLockStep(lock)
  return new WorkflowResponse(transform({ quote }, ({ quote }) => ({ id: quote.id })))
})
