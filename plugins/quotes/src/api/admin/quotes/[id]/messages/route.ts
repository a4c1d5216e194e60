import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { postQuoteMessageWorkflow } from "../../../../../workflows/quote/workflows/post-quote-message"
import { adminActor } from "../../helpers"
import type { AdminPostQuoteMessageType } from "../../validators"

/** Adds the merchant's message (or line comment) to the quote's thread. */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<AdminPostQuoteMessageType>, res: MedusaResponse) => {
    const actor = await adminActor(req)
    await postQuoteMessageWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        author: { type: "merchant", id: actor.id, name: actor.name },
        body: req.validatedBody.body,
        line_id: req.validatedBody.line_id ?? null,
      },
    })
    const quote = await loadQuoteOr404(req.scope, req.params.id)
    res.json({ quote: await presentQuote(req.scope, quote, { merchant: true }) })
  }
)
