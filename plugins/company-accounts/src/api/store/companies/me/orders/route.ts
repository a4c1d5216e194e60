import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { listCompanyOrders } from "./helpers"
import type { StoreListCompanyOrdersType } from "./validators"

/** The company's orders: every order for admins, approvers and viewers; a buyer's own for buyers. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListCompanyOrdersType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const { orders, count } = await listCompanyOrders(req.scope, companyContext(req), { limit, offset })
  res.json({ orders, count, limit, offset })
}
