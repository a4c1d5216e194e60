import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteService } from "../../../lib/quotes"

export type CreateQuoteLineData = {
  variant_id: string
  product_id: string | null
  title: string
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  requested_quantity: number
  requested_unit_price: number
  quantity: number
  unit_price: number
}

export type CreateQuoteData = {
  company_id: string
  customer_id: string
  employee_id: string
  requester_name: string
  requester_email: string
  cart_id: string
  region_id: string
  sales_channel_id: string | null
  currency_code: string
  message: string
  lines: CreateQuoteLineData[]
}

/** Creates a quote (status requested) with its lines. Compensation deletes both. */
export const createQuoteStep = createStep(
  "create-quote",
  async ({ lines, ...data }: CreateQuoteData, { container }) => {
    const service = quoteService(container)
    const quote = await service.createQuotes({ ...data, status: "requested", version: 0 })
    await service.createQuoteLines(lines.map((line) => ({ ...line, quote_id: quote.id })))
    return new StepResponse(quote, quote.id)
  },
  async (quoteId, { container }) => {
    if (!quoteId) {
      return
    }
    const service = quoteService(container)
    const lines = await service.listQuoteLines({ quote_id: quoteId }, { select: ["id"] })
    await service.deleteQuoteLines(lines.map((l) => l.id))
    await service.deleteQuotes(quoteId)
  }
)
