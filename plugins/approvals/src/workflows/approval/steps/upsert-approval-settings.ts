import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Role } from "../../../constants"
import { approvalModule } from "../../../lib/approval-module"
import type { ApprovalSettingsRecord } from "../../../lib/serialize"

export type UpsertApprovalSettingsInput = {
  company_id: string
  amount_threshold: number | null
  amount_applies_to?: Role[]
  always_roles?: Role[]
  updated_by: string
}

type Undo = { created_id: string } | { previous: Record<string, unknown> }

/**
 * Creates or updates a company's approval settings (one row per company). Fields left out keep
 * their value (new rows get the defaults). Compensation deletes a created row or restores the
 * previous values.
 */
export const upsertApprovalSettingsStep = createStep(
  "upsert-approval-settings",
  async (input: UpsertApprovalSettingsInput, { container }) => {
    const service = approvalModule(container)
    const [existing] = (await service.listApprovalSettings(
      { company_id: input.company_id },
      { take: 1 }
    )) as unknown as ApprovalSettingsRecord[]
    const changes = Object.fromEntries(
      Object.entries({
        amount_threshold: input.amount_threshold,
        amount_applies_to: input.amount_applies_to,
        always_roles: input.always_roles,
        updated_by: input.updated_by,
      }).filter(([, v]) => v !== undefined)
    )
    if (!existing) {
      const created = await service.createApprovalSettings({ company_id: input.company_id, ...changes })
      return new StepResponse<ApprovalSettingsRecord, Undo>(created as unknown as ApprovalSettingsRecord, {
        created_id: created.id,
      })
    }
    const previous = {
      id: existing.id,
      amount_threshold: existing.amount_threshold,
      amount_applies_to: existing.amount_applies_to,
      always_roles: existing.always_roles,
      updated_by: existing.updated_by,
    }
    const updated = await service.updateApprovalSettings({ id: existing.id, ...changes })
    return new StepResponse<ApprovalSettingsRecord, Undo>(updated as unknown as ApprovalSettingsRecord, { previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = approvalModule(container)
    if ("created_id" in undo) {
      await service.deleteApprovalSettings(undo.created_id)
    } else {
      await service.updateApprovalSettings(undo.previous)
    }
  }
)
