import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteRecord } from "../../../lib/serialize"

/** 400 naming line_id when a line comment names a line that is not this quote's. Reads only. */
export const validateQuoteLineStep = createStep(
  "validate-quote-line",
  async (input: { quote: Pick<QuoteRecord, "lines">; line_id: string | null }) => {
    if (input.line_id && !(input.quote.lines ?? []).some((line) => line.id === input.line_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `line_id: ${input.line_id} is not a line of this quote`)
    }
    return new StepResponse(undefined)
  }
)
