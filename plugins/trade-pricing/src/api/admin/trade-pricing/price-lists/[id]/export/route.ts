import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { writePriceCsv } from "../../../../../../lib/price-csv"
import { exportRows, priceListOr404 } from "../../../../../../lib/price-import"

/** GET /admin/trade-pricing/price-lists/:id/export → text/csv `sku,currency,amount,min_quantity` */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const list = await priceListOr404(req.scope, req.params.id)
  const csv = writePriceCsv(await exportRows(req.scope, list.id))
  const filename = `price-list-${list.id}.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.status(200).send(csv)
}
