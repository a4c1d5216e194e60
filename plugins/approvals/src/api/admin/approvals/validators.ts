import { z } from "@medusajs/framework/zod"
import { currencyCode } from "@hybrid/plugin-kit/fields"
import { REVIEW_STATUSES } from "../../../constants"

/** POST /admin/approvals/merchant-review-rules — amount_threshold null removes the currency's rule. */
export const AdminSaveMerchantReviewRule = z
  .object({
    currency_code: currencyCode("currency_code"),
    amount_threshold: z
      .number({ error: "amount_threshold: expected a number or null" })
      .finite("amount_threshold: expected a number")
      .min(0, "amount_threshold: must not be negative")
      .nullable(),
  })
  .strict()
export type AdminSaveMerchantReviewRuleType = z.infer<typeof AdminSaveMerchantReviewRule>

const LIST_STATUSES = [...REVIEW_STATUSES, "all"] as const

/** GET /admin/approvals/reviews?status=&limit=&offset= */
export const AdminListMerchantReviews = z.object({
  status: z.enum(LIST_STATUSES, { error: `status: expected one of ${LIST_STATUSES.join(", ")}` }).default("pending"),
  limit: z.coerce.number({ error: "limit: expected a number" }).int().min(1).max(100).default(20),
  offset: z.coerce.number({ error: "offset: expected a number" }).int().min(0).default(0),
})
export type AdminListMerchantReviewsType = z.infer<typeof AdminListMerchantReviews>

/** POST /admin/approvals/reviews/:id/approve */
export const AdminApproveMerchantReview = z
  .object({
    comment: z
      .string({ error: "comment: expected text" })
      .trim()
      .max(2000, "comment: at most 2000 characters")
      .nullish(),
  })
  .strict()
export type AdminApproveMerchantReviewType = z.infer<typeof AdminApproveMerchantReview>

/** POST /admin/approvals/reviews/:id/reject — cancels the order. */
export const AdminRejectMerchantReview = z
  .object({
    comment: z
      .string({ error: "comment is required" })
      .trim()
      .min(1, "comment is required: say why the order is refused")
      .max(2000, "comment: at most 2000 characters"),
  })
  .strict()
export type AdminRejectMerchantReviewType = z.infer<typeof AdminRejectMerchantReview>
