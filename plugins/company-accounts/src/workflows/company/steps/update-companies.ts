import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyStatus, PaymentTerms, SpendingPeriod } from "../../../constants"
import { companyService } from "../../../lib/company-service"
import { pick } from "../../../lib/pick"

export type UpdateCompanyData = {
  id: string
  name?: string
  vat_id?: string | null
  email?: string
  phone?: string | null
  status?: CompanyStatus
  payment_terms?: PaymentTerms
  credit_limit?: number
  po_required?: boolean
  spending_period?: SpendingPeriod
  rejection_reason?: string | null
}

/** Updates companies; compensation writes back the previous values of exactly the fields it changed. */
export const updateCompaniesStep = createStep(
  "update-companies",
  async (data: UpdateCompanyData[], { container }) => {
    const service = companyService(container)
    const fields = [...new Set(data.flatMap((d) => Object.keys(d)))]
    const previous = await service.listCompanies({ id: data.map((d) => d.id) }, { select: fields })
    const updated = await service.updateCompanies(data)
    return new StepResponse(
      updated,
      previous.map((record) => pick(record, fields))
    )
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await companyService(container).updateCompanies(previous as UpdateCompanyData[])
    }
  }
)
