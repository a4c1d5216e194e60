import { z } from "@medusajs/framework/zod"
import { COMPANY_STATUSES, PAYMENT_TERMS, SPENDING_PERIODS } from "../../../constants"
import { id, limitParam, offsetParam, searchText } from "@hybrid/plugin-kit/fields"
import { amount, text } from "../../../lib/validators"

const paymentTerms = z.enum(PAYMENT_TERMS, { error: `payment_terms: expected one of ${PAYMENT_TERMS.join(", ")}` })
const spendingPeriod = z.enum(SPENDING_PERIODS, {
  error: `spending_period: expected one of ${SPENDING_PERIODS.join(", ")}`,
})

/** GET /admin/companies */
export const AdminListCompanies = z.object({
  q: searchText("q").optional(),
  status: z.enum(COMPANY_STATUSES, { error: `status: expected one of ${COMPANY_STATUSES.join(", ")}` }).optional(),
  /** Companies one of whose employees is this customer (the customer page's widget). */
  customer_id: id("customer_id", "cus").optional(),
  limit: limitParam(),
  offset: offsetParam(),
})
export type AdminListCompaniesType = z.infer<typeof AdminListCompanies>

/** POST /admin/companies/:id/approve — payment_terms default: the plugin's defaultPaymentTerms; credit_limit default 0. */
export const AdminApproveCompany = z
  .object({
    payment_terms: paymentTerms.optional(),
    credit_limit: amount("credit_limit").default(0),
    po_required: z.boolean({ error: "po_required: expected true or false" }).optional(),
    spending_period: spendingPeriod.optional(),
  })
  .strict()
export type AdminApproveCompanyType = z.infer<typeof AdminApproveCompany>

/** POST /admin/companies/:id/reject */
export const AdminRejectCompany = z.object({ reason: text("reason", 1000, { multiline: true }) }).strict()
export type AdminRejectCompanyType = z.infer<typeof AdminRejectCompany>

/** POST /admin/companies/:id — status only between active and suspended. */
export const AdminUpdateCompany = z
  .object({
    name: text("name").optional(),
    payment_terms: paymentTerms.optional(),
    credit_limit: amount("credit_limit").optional(),
    po_required: z.boolean({ error: "po_required: expected true or false" }).optional(),
    spending_period: spendingPeriod.optional(),
    status: z.enum(["active", "suspended"], { error: "status: expected active or suspended" }).optional(),
  })
  .strict()
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>
