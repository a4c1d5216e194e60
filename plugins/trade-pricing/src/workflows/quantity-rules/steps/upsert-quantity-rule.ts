import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradePricingService } from "../../../lib/context"
import type { QuantityRuleShape } from "../../../lib/quantity-rules"

export type UpsertQuantityRuleInput = QuantityRuleShape & { variant_id: string }

type Previous = { created: string } | { updated: UpsertQuantityRuleInput & { id: string } }

/**
 * Creates the variant's quantity rule, or replaces the fields of its existing one.
 * Compensation deletes a created rule or restores the replaced fields.
 */
export const upsertQuantityRuleStep = createStep(
  "upsert-quantity-rule",
  async (input: UpsertQuantityRuleInput, { container }) => {
    const service = tradePricingService(container)
    const [existing] = await service.listQuantityRules({ variant_id: input.variant_id }, { take: 1 })
    if (existing) {
      const updated = await service.updateQuantityRules({ id: existing.id, ...input })
      const previous: Previous = {
        updated: {
          id: existing.id,
          variant_id: existing.variant_id,
          min_quantity: existing.min_quantity,
          increment: existing.increment,
          max_quantity: existing.max_quantity ?? null,
        },
      }
      return new StepResponse(updated, previous)
    }
    const created = await service.createQuantityRules(input)
    return new StepResponse(created, { created: created.id } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = tradePricingService(container)
    if ("created" in previous) {
      await service.deleteQuantityRules(previous.created)
    } else {
      await service.updateQuantityRules(previous.updated)
    }
  }
)
