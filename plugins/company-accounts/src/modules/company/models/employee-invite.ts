import { model } from "@medusajs/framework/utils"
import { EMPLOYEE_ROLES } from "../../../constants"
import { Company } from "./company"

/** A pending invitation to join a company; redeemed once, by token, before `expires_at`. */
export const EmployeeInvite = model
  .define("employee_invite", {
    id: model.id({ prefix: "einv" }).primaryKey(),
    email: model.text(),
    role: model.enum([...EMPLOYEE_ROLES]).default("buyer"),
    spending_limit: model.bigNumber().nullable(),
    token: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    invited_by_employee_id: model.text(),
    company: model.belongsTo(() => Company, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token"], unique: true, where: "deleted_at IS NULL" }])
