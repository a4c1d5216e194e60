import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuthorType } from "../../../constants"
import { quoteService } from "../../../lib/quotes"

export type CreateQuoteMessageData = {
  quote_id: string
  author_type: AuthorType
  author_id: string
  author_name: string
  body: string
  line_id?: string | null
}

/** Adds messages to quote threads. Compensation deletes them. */
export const createQuoteMessagesStep = createStep(
  "create-quote-messages",
  async (data: CreateQuoteMessageData[], { container }) => {
    if (!data.length) {
      return new StepResponse([], [] as string[])
    }
    const messages = await quoteService(container).createQuoteMessages(data)
    return new StepResponse(
      messages,
      messages.map((m) => m.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await quoteService(container).deleteQuoteMessages(ids)
    }
  }
)
