import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCompanyPriceListWorkflow } from "../../../../../../workflows/company-price-list/workflows/create-company-price-list"
import type { AdminCreateCompanyPriceListType } from "../../../validators"

/**
 * POST /admin/trade-pricing/companies/:company_id/price-list — the company's contract list
 * (type sale, one rule: the company's customer group) → 200 { price_list }
 */
export async function POST(req: MedusaRequest<AdminCreateCompanyPriceListType>, res: MedusaResponse) {
  const { result } = await createCompanyPriceListWorkflow(req.scope).run({
    input: { company_id: req.params.company_id, ...req.validatedBody },
  })
  res.json({ price_list: result.price_list })
}
