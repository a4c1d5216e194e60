import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActorType } from "../../../constants"
import { quoteService } from "../../../lib/quotes"

export type CreateQuoteEventData = {
  quote_id: string
  action: string
  actor_type: ActorType
  actor_id: string | null
  actor_name: string | null
  from_status: string | null
  to_status: string | null
  data?: Record<string, unknown> | null
}

/** Appends entries to quote histories. Compensation deletes them. */
export const createQuoteEventsStep = createStep(
  "create-quote-events",
  async (data: CreateQuoteEventData[], { container }) => {
    if (!data.length) {
      return new StepResponse([], [] as string[])
    }
    const events = await quoteService(container).createQuoteEvents(data)
    return new StepResponse(
      events,
      events.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await quoteService(container).deleteQuoteEvents(ids)
    }
  }
)
