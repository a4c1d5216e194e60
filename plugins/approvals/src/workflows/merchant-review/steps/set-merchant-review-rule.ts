import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertStoreCurrency } from "@hybrid/plugin-kit/store-currency"
import { approvalModule } from "../../../lib/approval-module"
import type { MerchantReviewRuleRecord } from "../../../lib/serialize"

export type SetMerchantReviewRuleInput = {
  currency_code: string
  /** null deletes the currency's rule. */
  amount_threshold: number | null
}

type Undo =
  | { created_id: string }
  | { updated: { id: string; amount_threshold: number | string } }
  | { deleted_id: string }
  | null

/**
 * Creates, updates or (threshold null) deletes the merchant review rule of a currency. A threshold
 * is set only for one of the store's currencies (400 naming currency_code otherwise); any rule may
 * be removed, so one left from a currency the store dropped can still be cleared.
 * Compensation undoes exactly that: deletes the created rule, restores the old threshold or
 * restores the soft-deleted rule.
 */
export const setMerchantReviewRuleStep = createStep(
  "set-merchant-review-rule",
  async (input: SetMerchantReviewRuleInput, { container }) => {
    if (input.amount_threshold !== null) {
      await assertStoreCurrency(container, "currency_code", input.currency_code)
    }
    const service = approvalModule(container)
    const [existing] = (await service.listMerchantReviewRules(
      { currency_code: input.currency_code },
      { take: 1 }
    )) as unknown as MerchantReviewRuleRecord[]
    if (input.amount_threshold === null) {
      if (!existing) {
        return new StepResponse<void, Undo>(undefined, null)
      }
      await service.softDeleteMerchantReviewRules([existing.id])
      return new StepResponse<void, Undo>(undefined, { deleted_id: existing.id })
    }
    if (!existing) {
      const created = await service.createMerchantReviewRules({
        currency_code: input.currency_code,
        amount_threshold: input.amount_threshold,
      })
      return new StepResponse<void, Undo>(undefined, { created_id: created.id })
    }
    await service.updateMerchantReviewRules({ id: existing.id, amount_threshold: input.amount_threshold })
    return new StepResponse<void, Undo>(undefined, {
      updated: { id: existing.id, amount_threshold: existing.amount_threshold },
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = approvalModule(container)
    if ("created_id" in undo) {
      await service.deleteMerchantReviewRules(undo.created_id)
    } else if ("deleted_id" in undo) {
      await service.restoreMerchantReviewRules([undo.deleted_id])
    } else {
      await service.updateMerchantReviewRules({
        ...undo.updated,
        amount_threshold: Number(undo.updated.amount_threshold),
      })
    }
  }
)
