import { model } from "@medusajs/framework/utils"
import { EMPLOYEE_ROLES } from "../../../constants"
import { Company } from "./company"

/** One Medusa customer's membership of one company. `spending_limit` null means no personal limit. */
export const Employee = model
  .define("employee", {
    id: model.id({ prefix: "emp" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum([...EMPLOYEE_ROLES]).default("buyer"),
    spending_limit: model.bigNumber().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "employees" }),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
