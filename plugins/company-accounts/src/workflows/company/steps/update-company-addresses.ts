import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"
import { pick } from "../../../lib/pick"
import type { CompanyAddressFields } from "./create-company-addresses"

export type UpdateCompanyAddressData = Partial<CompanyAddressFields> & { id: string }

/** Updates address-book entries; compensation restores the previous values. */
export const updateCompanyAddressesStep = createStep(
  "update-company-addresses",
  async (data: UpdateCompanyAddressData[], { container }) => {
    const service = companyService(container)
    const fields = [...new Set(data.flatMap((d) => Object.keys(d)))]
    const previous = await service.listCompanyAddresses({ id: data.map((d) => d.id) }, { select: fields })
    const updated = await service.updateCompanyAddresses(
      data.map((a) => (a.country_code ? { ...a, country_code: a.country_code.toLowerCase() } : a))
    )
    return new StepResponse(
      updated,
      previous.map((record) => pick(record, fields))
    )
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await companyService(container).updateCompanyAddresses(previous as UpdateCompanyAddressData[])
    }
  }
)
