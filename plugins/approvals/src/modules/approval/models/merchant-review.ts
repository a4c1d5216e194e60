import { model } from "@medusajs/framework/utils"
import { REVIEW_STATUSES } from "../../../constants"

/** The merchant's review of a large order; fulfilment is refused while pending or rejected. */
export const MerchantReview = model
  .define("merchant_review", {
    id: model.id({ prefix: "mrev" }).primaryKey(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    company_id: model.text().nullable(),
    company_name: model.text().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    decided_by: model.text().nullable(),
    decided_by_name: model.text().nullable(),
    comment: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["status"] }])
