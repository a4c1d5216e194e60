import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { postQuoteMessageWorkflow } from "../../../../../workflows/quote/workflows/post-quote-message"
import { customerName, storeScope } from "../../helpers"
import type { StorePostQuoteMessageType } from "../../validators"

/** Adds the caller's message (or line comment) to the quote's thread. */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<StorePostQuoteMessageType>, res: MedusaResponse) => {
    const scope = storeScope(req)
    await postQuoteMessageWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        scope,
        author: { type: "customer", id: req.auth_context.actor_id, name: await customerName(req) },
        body: req.validatedBody.body,
        line_id: req.validatedBody.line_id ?? null,
      },
    })
    const quote = await loadQuoteOr404(req.scope, req.params.id, scope)
    res.json({ quote: await presentQuote(req.scope, quote, { customer_id: req.auth_context.actor_id }) })
  }
)
