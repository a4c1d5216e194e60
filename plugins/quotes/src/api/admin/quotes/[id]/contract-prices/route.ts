import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { loadQuoteOr404, presentQuote } from "../../../../../lib/quotes"
import { createQuoteContractPricesWorkflow } from "../../../../../workflows/quote/workflows/create-quote-contract-prices"
import { adminActor } from "../../helpers"
import type { AdminQuoteContractPricesType } from "../../validators"

/** Turns a sent or accepted quote's offer into the company's contract prices until ends_at. */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<AdminQuoteContractPricesType>, res: MedusaResponse) => {
    await createQuoteContractPricesWorkflow(req.scope).run({
      input: { quote_id: req.params.id, ends_at: req.validatedBody.ends_at, actor: await adminActor(req) },
    })
    const quote = await loadQuoteOr404(req.scope, req.params.id)
    res.json({ quote: await presentQuote(req.scope, quote, { merchant: true }) })
  }
)
