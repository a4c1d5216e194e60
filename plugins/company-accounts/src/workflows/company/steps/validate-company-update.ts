import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { CompanyStatus } from "../../../constants"

/**
 * Merchant edits may move a company only between active and suspended; a pending application is
 * approved or rejected through its own actions.
 */
export const validateCompanyUpdateStep = createStep(
  "validate-company-update",
  async (input: { company: { status: CompanyStatus }; status?: CompanyStatus }) => {
    const { company, status } = input
    if (!status || status === company.status) {
      return
    }
    const movable: CompanyStatus[] = ["active", "suspended"]
    if (!movable.includes(company.status) || !movable.includes(status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: a ${company.status} company cannot be set to ${status}; pending applications are approved or rejected`
      )
    }
  }
)
