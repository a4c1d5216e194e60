import { model } from "@medusajs/framework/utils"
import { COMPANY_STATUSES, PAYMENT_TERMS, SPENDING_PERIODS } from "../../../constants"
import { CompanyAddress } from "./company-address"
import { Employee } from "./employee"
import { EmployeeInvite } from "./employee-invite"

/** A trade customer's business. Only an `active` company's employees get trade prices or company data. */
export const Company = model
  .define("company", {
    id: model.id({ prefix: "comp" }).primaryKey(),
    name: model.text().searchable(),
    vat_id: model.text().searchable().nullable(),
    email: model.text().searchable(),
    phone: model.text().nullable(),
    currency_code: model.text(),
    status: model.enum([...COMPANY_STATUSES]).default("pending"),
    payment_terms: model.enum([...PAYMENT_TERMS]).default("prepaid"),
    credit_limit: model.bigNumber().default(0),
    po_required: model.boolean().default(false),
    spending_period: model.enum([...SPENDING_PERIODS]).default("monthly"),
    rejection_reason: model.text().nullable(),
    metadata: model.json().nullable(),
    addresses: model.hasMany(() => CompanyAddress, { mappedBy: "owner" }),
    employees: model.hasMany(() => Employee, { mappedBy: "company" }),
    invites: model.hasMany(() => EmployeeInvite, { mappedBy: "company" }),
  })
  .indexes([{ on: ["status"] }])
  .cascades({ delete: ["addresses", "employees", "invites"] })
