import { z } from "@medusajs/framework/zod"
import { countryCode, optionalText, text } from "../../../../../lib/validators"

const fields = {
  label: text("label", 100),
  is_shipping: z.boolean({ error: "is_shipping: expected true or false" }),
  is_billing: z.boolean({ error: "is_billing: expected true or false" }),
  first_name: text("first_name"),
  last_name: text("last_name"),
  company: optionalText("company"),
  address_1: text("address_1"),
  address_2: optionalText("address_2"),
  city: text("city"),
  postal_code: text("postal_code", 20),
  province: optionalText("province"),
  country_code: countryCode("country_code"),
  phone: optionalText("phone", 40),
}

/** POST /store/companies/me/addresses — shipping and billing default to true. */
export const StoreCreateCompanyAddress = z
  .object({ ...fields, is_shipping: fields.is_shipping.default(true), is_billing: fields.is_billing.default(true) })
  .strict()
export type StoreCreateCompanyAddressType = z.infer<typeof StoreCreateCompanyAddress>

/** POST /store/companies/me/addresses/:id — any subset of the fields. */
export const StoreUpdateCompanyAddress = z.object(fields).partial().strict()
export type StoreUpdateCompanyAddressType = z.infer<typeof StoreUpdateCompanyAddress>
