import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteQuantityRuleWorkflow } from "../../../../../workflows/quantity-rules/workflows/delete-quantity-rule"

/** DELETE /admin/trade-pricing/quantity-rules/:variant_id → { variant_id, object, deleted } */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const variantId = req.params.variant_id
  const { result } = await deleteQuantityRuleWorkflow(req.scope).run({ input: { variant_id: variantId } })
  res.json({ variant_id: variantId, object: "quantity_rule", deleted: result.deleted })
}
