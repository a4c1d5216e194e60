import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"
import { duplicateError } from "@hybrid/plugin-kit/http-errors"

/**
 * An invite creates a new account on acceptance, so the email must not have one yet, and a company
 * holds at most one open (unaccepted, unexpired) invite per email. Both answer 409 naming the email.
 */
export const validateNewInviteStep = createStep(
  "validate-new-invite",
  async (input: { company_id: string; email: string }, { container }) => {
    const email = input.email.toLowerCase()
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const [withAccount] = await customers.listCustomers({ email, has_account: true }, { take: 1 })
    if (withAccount) {
      throw duplicateError(`email: ${email} already has an account`)
    }
    const [open] = await companyService(container).listEmployeeInvites(
      { company_id: input.company_id, email, accepted_at: null, expires_at: { $gt: new Date() } },
      { take: 1 }
    )
    if (open) {
      throw duplicateError(`email: ${email} already has an open invite`)
    }
  }
)
