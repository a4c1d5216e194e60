import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReviewStatus } from "../../../constants"
import { approvalModule } from "../../../lib/approval-module"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import type { MerchantReviewRecord } from "../../../lib/serialize"

export type TransitionMerchantReviewInput = {
  id: string
  from: ReviewStatus
  to: ReviewStatus
  set?: Partial<Pick<MerchantReviewRecord, "decided_by" | "decided_by_name" | "comment" | "decided_at">>
}

/**
 * Moves a merchant review from `from` to `to` with one conditional UPDATE (a concurrent decision
 * answers 409). Compensation moves it back and restores the decision columns.
 */
export const transitionMerchantReviewStep = createStep(
  "transition-merchant-review",
  async (input: TransitionMerchantReviewInput, { container }) => {
    const service = approvalModule(container)
    const fields = Object.keys(input.set ?? {})
    const before = await service.retrieveMerchantReview(input.id)
    const moved = await service.transitionMerchantReview({
      id: input.id,
      from: input.from,
      to: input.to,
      set: input.set as Record<string, unknown>,
    })
    if (!moved) {
      throw conflict("This review was decided by someone else a moment ago.")
    }
    const previous = Object.fromEntries(fields.map((f) => [f, (before as Record<string, unknown>)[f] ?? null]))
    const after = await service.retrieveMerchantReview(input.id)
    return new StepResponse(after as unknown as MerchantReviewRecord, {
      id: input.id,
      from: input.to,
      to: input.from,
      set: previous,
    })
  },
  async (undo, { container }) => {
    if (undo) {
      await approvalModule(container).transitionMerchantReview(undo)
    }
  }
)
