import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { acceptQuoteWorkflow } from "../../../../../workflows/quote/workflows/accept-quote"
import { customerName, storeScope } from "../../helpers"
import type { StoreAcceptQuoteType } from "../../validators"

/**
 * Accepts the offer: the requester or a company admin places an order at the quoted prices (see
 * acceptQuoteWorkflow). 409 when the quote is not sent, expired, already accepted or being accepted.
 */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<StoreAcceptQuoteType>, res: MedusaResponse) => {
    const scope = storeScope(req)
    const { result } = await acceptQuoteWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        scope,
        customer_id: req.auth_context.actor_id,
        actor_name: await customerName(req),
        company_address_id: req.validatedBody.company_address_id,
        po_number: req.validatedBody.po_number ?? null,
        shipping_option_id: req.validatedBody.shipping_option_id ?? null,
      },
    })
    const quote = await loadQuoteOr404(req.scope, req.params.id, scope)
    res.json({
      quote: await presentQuote(req.scope, quote, { customer_id: req.auth_context.actor_id }),
      order: result.order,
    })
  }
)
