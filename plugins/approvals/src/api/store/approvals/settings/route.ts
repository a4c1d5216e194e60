import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyContext } from "@hybrid/plugin-kit/company-context"
import { companySettings } from "../../../../lib/requirement"
import { settingsView } from "../../../../lib/serialize"
import { saveApprovalSettingsWorkflow } from "../../../../workflows/approval/workflows/save-approval-settings"
import type { StoreSaveApprovalSettingsType } from "../validators"

/** GET /store/approvals/settings → { settings } (any role; defaults when the company saved none). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { company } = companyContext(req)
  res.json({ settings: settingsView(await companySettings(req.scope, company.id), company.currency_code) })
}

/**
 * POST /store/approvals/settings { amount_threshold: number ≥ 0 | null, amount_applies_to?, always_roles? }
 * (company admins) → { settings }. Fields left out keep their value.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveApprovalSettingsType>, res: MedusaResponse) {
  const { company } = companyContext(req)
  const body = req.validatedBody
  const { result } = await saveApprovalSettingsWorkflow(req.scope).run({
    input: {
      company_id: company.id,
      amount_threshold: body.amount_threshold,
      amount_applies_to: body.amount_applies_to,
      always_roles: body.always_roles,
      updated_by: req.auth_context.actor_id,
    },
  })
  res.json({ settings: settingsView(result, company.currency_code) })
}
