import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { prepareQuoteCartWorkflow } from "../../../../../workflows/quote/workflows/prepare-quote-cart"
import { storeScope } from "../../helpers"
import type { StorePrepareQuoteCartType } from "../../validators"

/**
 * The cart this quote will be ordered from (requester or company admin): creates — or returns, with
 * the given address and PO number — the caller's accept cart holding the offered lines at the
 * quoted prices, recorded as the quote's `accept_cart_id` (see prepareQuoteCartWorkflow). The
 * storefront submits it for the company's approval (POST /store/carts/:cart_id/approval); accepting
 * the quote later orders from this cart while it still holds the offer. 409 unless sent and
 * unexpired. → { quote, cart_id }
 */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<StorePrepareQuoteCartType>, res: MedusaResponse) => {
    const scope = storeScope(req)
    const { result } = await prepareQuoteCartWorkflow(req.scope).run({
      input: {
        quote_id: req.params.id,
        scope,
        customer_id: req.auth_context.actor_id,
        company_address_id: req.validatedBody.company_address_id,
        po_number: req.validatedBody.po_number ?? null,
      },
    })
    const quote = await loadQuoteOr404(req.scope, req.params.id, scope)
    res.json({
      quote: await presentQuote(req.scope, quote, { customer_id: req.auth_context.actor_id }),
      cart_id: result.cart_id,
    })
  }
)
