import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withHttpErrors } from "@hybrid/plugin-kit/http-errors"
import { submitTradeApplicationWorkflow } from "../../../workflows/company/workflows/submit-trade-application"
import type { StoreSubmitTradeApplicationType } from "./validators"

/**
 * POST /store/trade-applications (no sign-in) → 201 { application: { company_id, status: "pending" } }.
 * Creates the applicant's account, the pending company and the applicant as its admin. An email
 * that already has an account → 409 naming it.
 */
export const POST = withHttpErrors(async (req: MedusaRequest<StoreSubmitTradeApplicationType>, res: MedusaResponse) => {
  const { result } = await submitTradeApplicationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ application: result })
})
