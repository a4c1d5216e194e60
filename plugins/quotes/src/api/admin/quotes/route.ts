import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { listQuotes } from "../../../lib/list"
import type { AdminListQuotesType } from "./validators"

/** Every quote, newest first, filtered by status, company, expiry window and a search term. */
export const GET = withHttpErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as unknown as AdminListQuotesType
  const result = await listQuotes(req.scope, query, { merchant: true })
  res.json({ ...result, limit: query.limit, offset: query.offset })
})
