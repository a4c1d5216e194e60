import type { IUserModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalModule } from "../../../lib/approval-module"
import { conflict } from "@hybrid/plugin-kit/http-errors"
import type { MerchantReviewRecord } from "../../../lib/serialize"

/**
 * The review must exist (404) and be pending (409). Returns it with the deciding admin user's
 * email, recorded as `decided_by_name`. Read-only.
 */
export const validateMerchantReviewDecisionStep = createStep(
  "validate-merchant-review-decision",
  async (input: { review_id: string; user_id: string }, { container }) => {
    const [review] = (await approvalModule(container).listMerchantReviews(
      { id: input.review_id },
      { take: 1 }
    )) as unknown as MerchantReviewRecord[]
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Merchant review with id: ${input.review_id} was not found`)
    }
    if (review.status !== "pending") {
      throw conflict(`This review was already decided: its status is ${review.status}.`)
    }
    const users = container.resolve<IUserModuleService>(Modules.USER)
    const [user] = await users.listUsers({ id: input.user_id }, { take: 1 })
    return new StepResponse({ review, user_name: user?.email ?? null })
  }
)
