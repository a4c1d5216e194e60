import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

/**
 * An entry of a company's shared address book, usable for shipping and/or billing at checkout.
 * `company` is the address line (as on Medusa's own addresses); the owning company is the
 * relation `owner`, stored in `company_id` like every other model of this module.
 */
export const CompanyAddress = model.define("company_address", {
  id: model.id({ prefix: "caddr" }).primaryKey(),
  label: model.text(),
  is_shipping: model.boolean().default(true),
  is_billing: model.boolean().default(true),
  first_name: model.text(),
  last_name: model.text(),
  company: model.text().nullable(),
  address_1: model.text(),
  address_2: model.text().nullable(),
  city: model.text(),
  postal_code: model.text(),
  province: model.text().nullable(),
  country_code: model.text(),
  phone: model.text().nullable(),
  owner: model.belongsTo(() => Company, { mappedBy: "addresses", foreignKeyName: "company_id" }),
})
