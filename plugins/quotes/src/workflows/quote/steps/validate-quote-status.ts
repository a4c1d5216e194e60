import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportedQuoteStatus } from "../../../constants"
import { reportedStatus, type QuoteRecord } from "../../../lib/serialize"

export type ValidateQuoteStatusInput = {
  quote: Pick<QuoteRecord, "display_id" | "status" | "expires_at">
  /** Statuses as callers see them ("expired" included) from which the action is allowed. */
  allowed: ReportedQuoteStatus[]
  /** What would happen, for the message: "accepted", "declined"… */
  action: string
}

/** 409 naming the quote's status when the action is not allowed from it. Reads only. */
export const validateQuoteStatusStep = createStep(
  "validate-quote-status",
  async ({ quote, allowed, action }: ValidateQuoteStatusInput) => {
    const status = reportedStatus(quote)
    if (!allowed.includes(status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Quote #${quote.display_id} is ${status === "accepted" ? "already accepted" : status}: it cannot be ${action}`
      )
    }
    return new StepResponse(status)
  }
)
