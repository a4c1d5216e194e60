import { model } from "@medusajs/framework/utils"
import { EMPLOYEE_ROLES } from "../../../constants"
import { Company } from "./company"

/**
 * One Medusa customer's membership of one company: a person may belong to several companies, each
 * at most once. `spending_limit` null means no personal limit. `active_at` is when the person last
 * chose to act for this company (null: never chose); the active membership is the latest chosen,
 * else the latest joined (`activeMembership`, ../active-membership.ts).
 */
export const Employee = model
  .define("employee", {
    id: model.id({ prefix: "emp" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum([...EMPLOYEE_ROLES]).default("buyer"),
    spending_limit: model.bigNumber().nullable(),
    active_at: model.dateTime().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "employees" }),
  })
  .indexes([
    { on: ["customer_id", "company_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
