import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"

export type CompanyAddressFields = {
  label: string
  is_shipping?: boolean
  is_billing?: boolean
  first_name: string
  last_name: string
  company?: string | null
  address_1: string
  address_2?: string | null
  city: string
  postal_code: string
  province?: string | null
  country_code: string
  phone?: string | null
}

export type CreateCompanyAddressData = CompanyAddressFields & { company_id: string }

/** Adds addresses to company address books. Compensation deletes them. */
export const createCompanyAddressesStep = createStep(
  "create-company-addresses",
  async (data: CreateCompanyAddressData[], { container }) => {
    const addresses = await companyService(container).createCompanyAddresses(
      data.map((a) => ({ ...a, country_code: a.country_code.toLowerCase() }))
    )
    return new StepResponse(
      addresses,
      addresses.map((a) => a.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await companyService(container).deleteCompanyAddresses(ids)
    }
  }
)
