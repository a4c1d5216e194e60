import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { QUOTE_EVENTS } from "../../../constants"
import { quoteDeclined } from "../../../lib/notifications"
import { quoteSummary } from "../../../lib/quotes"
import { createQuoteEventsStep } from "../steps/create-quote-events"
import { loadQuoteStep } from "../steps/load-quote"
import { acquireQuoteLockStep, releaseQuoteLockStep } from "../steps/quote-lock"
import { resolveQuoteOptionsStep } from "../steps/resolve-quote-options"
import { updateQuoteStep } from "../steps/update-quote"
import { validateQuoteStatusStep } from "../steps/validate-quote-status"
import type { Actor } from "./create-quote-contract-prices"

export type DeclineQuoteInput = { quote_id: string; reason: string; actor: Actor }

export const declineQuoteWorkflowId = "decline-quote"

/**
 * The merchant declines a requested or sent (also expired) quote with a reason: status declined,
 * history entry, quote.declined to the requester and as an event. 409 from other statuses.
 */
export const declineQuoteWorkflow = createWorkflow(declineQuoteWorkflowId, (input: DeclineQuoteInput) => {
  const lock = acquireQuoteLockStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, wait: 10 })))
  const options = resolveQuoteOptionsStep()
  const quote = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id })))
  validateQuoteStatusStep(
    transform({ quote }, ({ quote }) => ({
      quote,
      allowed: ["requested" as const, "sent" as const, "expired" as const],
      action: "declined",
    }))
  )
  updateQuoteStep(transform({ quote }, ({ quote }) => ({ id: quote.id, status: "declined" as const })))
  createQuoteEventsStep(
    transform({ quote, input }, ({ quote, input }) => [
      {
        quote_id: quote.id,
        action: "declined",
        actor_type: "merchant" as const,
        actor_id: input.actor.id,
        actor_name: input.actor.name,
        from_status: quote.status,
        to_status: "declined",
        data: { reason: input.reason },
      },
    ])
  )
  sendNotificationsStep(
    transform({ quote, input, options }, ({ quote, input, options }) => [
      quoteDeclined(
        quote.requester_email,
        quoteSummary(quote, quote.company_name),
        input.reason,
        `${options.tradeStorefrontUrl}/quotes/${quote.id}`
      ),
    ])
  ).config({ continueOnPermanentFailure: true })
  emitEventStep({ eventName: QUOTE_EVENTS.declined, data: transform({ quote }, ({ quote }) => ({ id: quote.id })) })
  releaseQuoteLockStep(lock)
  return new WorkflowResponse(transform({ quote }, ({ quote }) => ({ id: quote.id })))
})
