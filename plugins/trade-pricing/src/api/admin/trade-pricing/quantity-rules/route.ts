import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { tradePricingService } from "../../../../lib/context"
import { ruleView } from "../../../../lib/quantity-rules"
import { upsertQuantityRuleWorkflow } from "../../../../workflows/quantity-rules/workflows/upsert-quantity-rule"
import type { AdminListQuantityRulesType, AdminUpsertQuantityRuleType } from "../validators"

/** The admin view of a rule. */
export function ruleRecord(rule: any) {
  return { id: rule.id, variant_id: rule.variant_id, ...ruleView(rule)!, updated_at: rule.updated_at }
}

/** GET /admin/trade-pricing/quantity-rules?variant_id=… → { quantity_rules, count } */
export async function GET(req: MedusaRequest<unknown, AdminListQuantityRulesType>, res: MedusaResponse) {
  const { variant_id, limit, offset } = req.validatedQuery as AdminListQuantityRulesType
  const [rules, count] = await tradePricingService(req.scope).listAndCountQuantityRules(
    variant_id ? { variant_id } : {},
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  res.json({ quantity_rules: rules.map(ruleRecord), count, limit, offset })
}

/** POST /admin/trade-pricing/quantity-rules — creates or replaces the variant's rule → { quantity_rule } */
export async function POST(req: MedusaRequest<AdminUpsertQuantityRuleType>, res: MedusaResponse) {
  const { result } = await upsertQuantityRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ quantity_rule: ruleRecord(result) })
}
