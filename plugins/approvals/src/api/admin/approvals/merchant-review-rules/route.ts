import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { approvalModule } from "../../../../lib/approval-module"
import { ruleView, type MerchantReviewRuleRecord } from "../../../../lib/serialize"
import { saveMerchantReviewRuleWorkflow } from "../../../../workflows/merchant-review/workflows/save-merchant-review-rule"
import type { AdminSaveMerchantReviewRuleType } from "../validators"

async function allRules(scope: Pick<MedusaContainer, "resolve">) {
  const rules = await approvalModule(scope).listMerchantReviewRules({}, { order: { currency_code: "ASC" } })
  return rules.map((rule) => ruleView(rule as unknown as MerchantReviewRuleRecord))
}

/** GET /admin/approvals/merchant-review-rules → { rules: [{ currency_code, amount_threshold }] } */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ rules: await allRules(req.scope) })
}

/**
 * POST /admin/approvals/merchant-review-rules { currency_code, amount_threshold: number ≥ 0 | null }
 * → { rules }: sets the currency's threshold (null removes it). Orders placed afterwards in that
 * currency whose total exceeds it wait for review before fulfilment.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveMerchantReviewRuleType>, res: MedusaResponse) {
  await saveMerchantReviewRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ rules: await allRules(req.scope) })
}
