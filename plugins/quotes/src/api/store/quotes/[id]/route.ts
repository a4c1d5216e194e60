import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../lib/quotes"
import { storeScope } from "../helpers"

/** One quote with lines, thread and history; outside the caller's scope 404. */
export const GET = withHttpErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const quote = await loadQuoteOr404(req.scope, req.params.id, storeScope(req))
  res.json({ quote: await presentQuote(req.scope, quote, { customer_id: req.auth_context.actor_id }) })
})
