import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { CompanyStatus } from "../../../constants"

/** A company as the company workflows read it (id, name, status; employees where fetched). */
export type WorkflowCompany = {
  id: string
  name: string
  status: CompanyStatus
  employees?: { role: string; customer?: { email?: string } | null }[]
}

export type ValidateCompanyStatusStepInput = {
  company: { id: string; status: CompanyStatus }
  allowed: CompanyStatus[]
  action: string
}

/** Stops a workflow when the company is not in one of the statuses the action starts from. */
export const validateCompanyStatusStep = createStep(
  "validate-company-status",
  async ({ company, allowed, action }: ValidateCompanyStatusStepInput) => {
    if (!allowed.includes(company.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: a ${company.status} company cannot be ${action} (only from ${allowed.join(" or ")})`
      )
    }
  }
)

/**
 * The lock the status-changing workflows (approve, reject) hold from the status check to their last
 * write: two merchants approving, or one approving while another rejects, are handled one after the
 * other, so the second sees the new status and is refused.
 */
export function companyStatusLockKey(companyId: string) {
  return `company-status:${companyId}`
}
