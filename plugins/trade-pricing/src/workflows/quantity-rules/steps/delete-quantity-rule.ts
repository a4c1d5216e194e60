import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradePricingService } from "../../../lib/context"

/** Soft-deletes the variant's quantity rule (none: nothing to do). Compensation restores it. */
export const deleteQuantityRuleStep = createStep(
  "delete-quantity-rule",
  async (input: { variant_id: string }, { container }) => {
    const service = tradePricingService(container)
    const rules = await service.listQuantityRules({ variant_id: input.variant_id }, { take: 1 })
    const ids = rules.map((r) => r.id)
    if (ids.length) {
      await service.softDeleteQuantityRules(ids)
    }
    return new StepResponse({ deleted: ids.length > 0 }, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await tradePricingService(container).restoreQuantityRules(ids)
    }
  }
)
