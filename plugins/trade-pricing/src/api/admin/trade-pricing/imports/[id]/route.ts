import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { tradePricingService } from "../../../../../lib/context"
import { importRecord } from "../../../../../lib/import-record"

/** GET /admin/trade-pricing/imports/:id → { import: { id, status, total, processed, error, … } } */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [found] = await tradePricingService(req.scope).listPriceImports({ id: req.params.id }, { take: 1 })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Import ${req.params.id} not found`)
  }
  res.json({ import: importRecord(found) })
}
