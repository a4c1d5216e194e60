import { model } from "@medusajs/framework/utils"

/**
 * One completed (or completing) cart's spend, written under a lock on the company row. Employee
 * spending limits and the company's on-account credit exposure are sums over these rows.
 */
export const SpendCommitment = model
  .define("spend_commitment", {
    id: model.id({ prefix: "spend" }).primaryKey(),
    company_id: model.text(),
    employee_id: model.text(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    on_account: model.boolean().default(false),
    period_start: model.dateTime(),
    settled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["company_id", "employee_id", "period_start"] },
    { on: ["company_id", "on_account"] },
  ])
