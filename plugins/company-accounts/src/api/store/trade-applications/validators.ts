import { z } from "@medusajs/framework/zod"
import { currencyCode, email, optionalText, password, text, vatId } from "../../../lib/validators"

/** POST /store/trade-applications — the company and the applicant's future login. */
export const StoreSubmitTradeApplication = z
  .object({
    company: z
      .object({
        name: text("company.name"),
        vat_id: vatId("company.vat_id"),
        email: email("company.email"),
        phone: optionalText("company.phone", 40),
        currency_code: currencyCode("company.currency_code"),
      })
      .strict(),
    applicant: z
      .object({
        email: email("applicant.email"),
        password: password("applicant.password"),
        first_name: text("applicant.first_name"),
        last_name: text("applicant.last_name"),
      })
      .strict(),
  })
  .strict()
export type StoreSubmitTradeApplicationType = z.infer<typeof StoreSubmitTradeApplication>
