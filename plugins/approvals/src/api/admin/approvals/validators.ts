import { z } from "@medusajs/framework/zod"
import { amount, currencyCode, limitParam, offsetParam, optionalText, text } from "@hybrid/plugin-kit/fields"
import { REVIEW_STATUSES } from "../../../constants"

/**
 * POST /admin/approvals/merchant-review-rules — amount_threshold null removes the currency's rule.
 * The code must also be one of the store's currencies: checked where the rule is written
 * (setMerchantReviewRuleStep), so "NaN" (three letters) is refused with a 400 naming currency_code.
 */
export const AdminSaveMerchantReviewRule = z
  .object({
    currency_code: currencyCode("currency_code"),
    amount_threshold: amount("amount_threshold").nullable(),
  })
  .strict()
export type AdminSaveMerchantReviewRuleType = z.infer<typeof AdminSaveMerchantReviewRule>

const LIST_STATUSES = [...REVIEW_STATUSES, "all"] as const

/** GET /admin/approvals/reviews?status=&limit=&offset= */
export const AdminListMerchantReviews = z.object({
  status: z.enum(LIST_STATUSES, { error: `status: expected one of ${LIST_STATUSES.join(", ")}` }).default("pending"),
  limit: limitParam(),
  offset: offsetParam(),
})
export type AdminListMerchantReviewsType = z.infer<typeof AdminListMerchantReviews>

/** POST /admin/approvals/reviews/:id/approve */
export const AdminApproveMerchantReview = z
  .object({
    comment: optionalText("comment", 2000, { multiline: true }),
  })
  .strict()
export type AdminApproveMerchantReviewType = z.infer<typeof AdminApproveMerchantReview>

/** POST /admin/approvals/reviews/:id/reject — cancels the order. */
export const AdminRejectMerchantReview = z
  .object({
    comment: text("comment", 2000, { multiline: true }),
  })
  .strict()
export type AdminRejectMerchantReviewType = z.infer<typeof AdminRejectMerchantReview>
