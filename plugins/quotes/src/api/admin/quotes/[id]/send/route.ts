import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { sendCounterOfferWorkflow } from "../../../../../workflows/quote/workflows/send-counter-offer"
import { adminActor } from "../../helpers"
import type { AdminSendQuoteType } from "../../validators"

/** Sends a counter-offer (see sendCounterOfferWorkflow). */
export const POST = withHttpErrors(async (req: AuthenticatedMedusaRequest<AdminSendQuoteType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await sendCounterOfferWorkflow(req.scope).run({
    input: {
      quote_id: req.params.id,
      lines: body.lines,
      expires_at: body.expires_at,
      message: body.message ?? null,
      contract_prices: body.contract_prices ?? null,
      actor: await adminActor(req),
    },
  })
  const quote = await loadQuoteOr404(req.scope, req.params.id)
  res.json({ quote: await presentQuote(req.scope, quote, { merchant: true }) })
})
