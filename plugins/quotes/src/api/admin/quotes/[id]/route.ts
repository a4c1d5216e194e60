import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../lib/quotes"

/** One quote with lines, thread and history. */
export const GET = withHttpErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const quote = await loadQuoteOr404(req.scope, req.params.id)
  res.json({ quote: await presentQuote(req.scope, quote, { merchant: true }) })
})
