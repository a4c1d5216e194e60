import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalModule } from "../../../lib/approval-module"
import type { MerchantReviewRecord } from "../../../lib/serialize"

export type NewMerchantReview = {
  order_id: string
  order_display_id: number | null
  company_id: string | null
  company_name: string | null
  amount: number
  currency_code: string
  status: "pending"
}

/** Writes a pending merchant review for an order; compensation deletes it. */
export const createMerchantReviewStep = createStep(
  "create-merchant-review",
  async (data: NewMerchantReview, { container }) => {
    const created = await approvalModule(container).createMerchantReviews(data)
    return new StepResponse(created as unknown as MerchantReviewRecord, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await approvalModule(container).deleteMerchantReviews(id)
    }
  }
)
