import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteStatus } from "../../../constants"
import { quoteService } from "../../../lib/quotes"

export type UpdateQuoteData = {
  id: string
  status?: QuoteStatus
  version?: number
  expires_at?: Date | string | null
  order_id?: string | null
  contract_price_list_id?: string | null
  accept_cart_id?: string | null
  completing_cart_id?: string | null
}

/** The module stores dates as Date; callers may pass ISO strings. */
function withDates({ expires_at, ...rest }: UpdateQuoteData) {
  return expires_at === undefined
    ? rest
    : { ...rest, expires_at: typeof expires_at === "string" ? new Date(expires_at) : expires_at }
}

const pick = (record: Record<string, unknown>, fields: string[]) =>
  Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]))

/** Updates a quote; compensation writes back the previous values of exactly the fields it changed. */
export const updateQuoteStep = createStep(
  "update-quote",
  async (data: UpdateQuoteData, { container }) => {
    const service = quoteService(container)
    const fields = Object.keys(data)
    const [previous] = await service.listQuotes({ id: data.id }, { select: fields, take: 1 })
    const updated = await service.updateQuotes(withDates(data))
    return new StepResponse(updated, previous ? (pick(previous, fields) as UpdateQuoteData) : null)
  },
  async (previous, { container }) => {
    if (previous) {
      await quoteService(container).updateQuotes(withDates(previous))
    }
  }
)
