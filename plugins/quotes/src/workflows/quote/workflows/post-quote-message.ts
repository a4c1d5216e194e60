import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { QUOTE_EVENTS, type AuthorType } from "../../../constants"
import { messagePosted } from "../../../lib/notifications"
import { quoteSummary } from "../../../lib/quotes"
import { createQuoteMessagesStep } from "../steps/create-quote-messages"
import { loadQuoteStep } from "../steps/load-quote"
import { resolveQuoteOptionsStep } from "../steps/resolve-quote-options"
import { validateQuoteLineStep } from "../steps/validate-quote-line"

export type PostQuoteMessageInput = {
  quote_id: string
  /** Store callers: their scope (others' quotes are 404). Admin: none. */
  scope?: { company_id: string; customer_id?: string }
  author: { type: AuthorType; id: string; name: string }
  body: string
  line_id?: string | null
}

export const postQuoteMessageWorkflowId = "post-quote-message"

/**
 * Adds a message to a quote's thread, in any status; with `line_id` (a line of this quote, else
 * 400) it is a comment on that line. Tells the other side (the merchant, or the requester) with
 * quote.message_posted, and emits it as an event. Compensation deletes the message.
 */
export const postQuoteMessageWorkflow = createWorkflow(postQuoteMessageWorkflowId, (input: PostQuoteMessageInput) => {
  const options = resolveQuoteOptionsStep()
  const quote = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id, scope: input.scope })))
  validateQuoteLineStep(transform({ quote, input }, ({ quote, input }) => ({ quote, line_id: input.line_id ?? null })))
  const messages = createQuoteMessagesStep(
    transform({ quote, input }, ({ quote, input }) => [
      {
        quote_id: quote.id,
        author_type: input.author.type,
        author_id: input.author.id,
        author_name: input.author.name,
        body: input.body,
        line_id: input.line_id ?? null,
      },
    ])
  )
  sendNotificationsStep(
    transform({ quote, input, options }, ({ quote, input, options }) => [
      input.author.type === "customer"
        ? messagePosted(
            options.merchantEmail,
            quoteSummary(quote, quote.company_name),
            { author_name: input.author.name, body: input.body, line_id: input.line_id ?? null },
            `/app/quotes/${quote.id}`
          )
        : messagePosted(
            quote.requester_email,
            quoteSummary(quote, quote.company_name),
            { author_name: input.author.name, body: input.body, line_id: input.line_id ?? null },
            `${options.tradeStorefrontUrl}/quotes/${quote.id}`
          ),
    ])
  ).config({ continueOnPermanentFailure: true })
  emitEventStep({
    eventName: QUOTE_EVENTS.messagePosted,
    data: transform({ quote, messages }, ({ quote, messages }) => ({ id: quote.id, message_id: messages[0].id })),
  })
  return new WorkflowResponse(transform({ quote }, ({ quote }) => ({ id: quote.id })))
})
