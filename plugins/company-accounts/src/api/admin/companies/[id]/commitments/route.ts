import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyService } from "../../../../../lib/company-service"
import { COMMITMENT_FIELDS, companyOr404 } from "./helpers"
import type { AdminListCommitmentsType } from "./validators"

/** The company's spend ledger: one commitment per order an employee placed, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCommitmentsType>, res: MedusaResponse) {
  const company = await companyOr404(req.scope, req.params.id)
  const { on_account, settled, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = { company_id: company.id }
  if (on_account !== undefined) {
    filters.on_account = on_account
  }
  if (settled !== undefined) {
    filters.settled_at = settled ? { $ne: null } : null
  }
  const [commitments, count] = await companyService(req.scope).listAndCountSpendCommitments(filters, {
    select: COMMITMENT_FIELDS,
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ commitments, count, limit, offset })
}
