import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { companyOrderOr404 } from "../helpers"

/** One company order with PO number, payment terms, due date and the employee who placed it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await companyOrderOr404(req.scope, companyContext(req), req.params.id)
  res.json({ order })
}
