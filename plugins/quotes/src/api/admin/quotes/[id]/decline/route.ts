import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { declineQuoteWorkflow } from "../../../../../workflows/quote/workflows/decline-quote"
import { adminActor } from "../../helpers"
import type { AdminDeclineQuoteType } from "../../validators"

/** Declines a requested or sent quote with a reason. */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<AdminDeclineQuoteType>, res: MedusaResponse) => {
    await declineQuoteWorkflow(req.scope).run({
      input: { quote_id: req.params.id, reason: req.validatedBody.reason, actor: await adminActor(req) },
    })
    const quote = await loadQuoteOr404(req.scope, req.params.id)
    res.json({ quote: await presentQuote(req.scope, quote, { merchant: true }) })
  }
)
