import { model } from "@medusajs/framework/utils"

/**
 * A company's approval rules. `amount_threshold` null = no amount rule; a cart of an employee whose
 * role is in `amount_applies_to` needs approval when its net goods value exceeds the threshold;
 * an employee whose role is in `always_roles` needs approval for every cart.
 */
export const ApprovalSettings = model
  .define("approval_settings", {
    id: model.id({ prefix: "apset" }).primaryKey(),
    company_id: model.text(),
    amount_threshold: model.bigNumber().nullable(),
    amount_applies_to: model.json().default(["buyer"] as unknown as Record<string, unknown>),
    always_roles: model.json().default([] as unknown as Record<string, unknown>),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["company_id"], unique: true, where: "deleted_at IS NULL" }])
