import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { listQuotes } from "../../../lib/list"
import { loadQuoteOr404, presentQuote } from "../../../lib/quotes"
import { requestQuoteWorkflow } from "../../../workflows/quote/workflows/request-quote"
import { storeScope } from "./helpers"
import type { StoreListQuotesType, StoreRequestQuoteType } from "./validators"

/** Asks for a quote on the caller's own open cart (admin, approver, buyer). */
export const POST = withHttpErrors(
  async (req: AuthenticatedMedusaRequest<StoreRequestQuoteType>, res: MedusaResponse) => {
    const { company, employee } = companyContext(req)
    const { result } = await requestQuoteWorkflow(req.scope).run({
      input: {
        cart_id: req.validatedBody.cart_id,
        message: req.validatedBody.message,
        customer_id: req.auth_context.actor_id,
        employee_id: employee.id,
        company: { id: company.id, name: company.name, currency_code: company.currency_code },
      },
    })
    const quote = await loadQuoteOr404(req.scope, result.id)
    res.json({ quote: await presentQuote(req.scope, quote, { customer_id: req.auth_context.actor_id }) })
  }
)

/** The caller's quotes (a company admin: the company's), newest first. */
export const GET = withHttpErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as unknown as StoreListQuotesType
  const result = await listQuotes(
    req.scope,
    { ...query, ...storeScope(req) },
    { customer_id: req.auth_context.actor_id }
  )
  res.json({ ...result, limit: query.limit, offset: query.offset })
})
