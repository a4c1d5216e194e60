import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { rejectQuoteWorkflow } from "../../../../../workflows/quote/workflows/reject-quote"
import { customerName, storeScope } from "../../helpers"
import type { StoreRejectQuoteType } from "../../validators"

/** Rejects the merchant's offer (only a sent, unexpired quote: 409 otherwise). */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<StoreRejectQuoteType>, res: MedusaResponse) => {
    const scope = storeScope(req)
    await rejectQuoteWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        scope,
        reason: req.validatedBody.reason ?? null,
        actor: { id: req.auth_context.actor_id, name: await customerName(req) },
      },
    })
    const quote = await loadQuoteOr404(req.scope, req.params.id, scope)
    res.json({ quote: await presentQuote(req.scope, quote, { customer_id: req.auth_context.actor_id }) })
  }
)
