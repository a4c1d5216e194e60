import { model } from "@medusajs/framework/utils"

/** Orders in `currency_code` whose total exceeds `amount_threshold` wait for the merchant's review. */
export const MerchantReviewRule = model
  .define("merchant_review_rule", {
    id: model.id({ prefix: "mrrule" }).primaryKey(),
    currency_code: model.text(),
    amount_threshold: model.bigNumber(),
  })
  .indexes([{ on: ["currency_code"], unique: true, where: "deleted_at IS NULL" }])
