import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyService } from "../../../../../../../lib/company-service"
import { creditSummary } from "../../../../../../../lib/spending"
import { settleCommitmentWorkflow } from "../../../../../../../workflows/checkout/workflows/settle-commitment"
import { COMMITMENT_FIELDS, companyOr404 } from "../../helpers"

/**
 * Marks an order placed on account as paid: its commitment stops counting against the company's
 * credit limit and the order's on-account payment is captured.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const company = await companyOr404(req.scope, req.params.id)
  await settleCommitmentWorkflow(req.scope).run({
    input: {
      company_id: company.id,
      commitment_id: req.params.commitment_id,
      captured_by: req.auth_context?.actor_id,
    },
  })
  const service = companyService(req.scope)
  const commitment = await service.retrieveSpendCommitment(req.params.commitment_id, {
    select: COMMITMENT_FIELDS,
  })
  res.json({ commitment, credit: await creditSummary(service, company) })
}
