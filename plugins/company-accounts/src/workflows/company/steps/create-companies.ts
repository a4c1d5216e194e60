import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymentTerms, SpendingPeriod } from "../../../constants"
import { companyService } from "../../../lib/company-service"
import { pluginOptions } from "../../../lib/options"

export type CreateCompanyData = {
  name: string
  vat_id?: string | null
  email: string
  phone?: string | null
  currency_code: string
  payment_terms?: PaymentTerms
  spending_period?: SpendingPeriod
}

/** Creates pending companies (spending period from the plugin options unless given). Compensation deletes them. */
export const createCompaniesStep = createStep(
  "create-companies",
  async (data: CreateCompanyData[], { container }) => {
    const { defaultSpendingPeriod } = pluginOptions(container)
    const companies = await companyService(container).createCompanies(
      data.map((company) => ({
        spending_period: defaultSpendingPeriod,
        ...company,
        currency_code: company.currency_code.toLowerCase(),
        status: "pending" as const,
      }))
    )
    return new StepResponse(
      companies,
      companies.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).deleteCompanies(ids)
    }
  }
)
