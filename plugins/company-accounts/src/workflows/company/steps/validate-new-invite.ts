import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { companyService } from "../../../lib/company-service"
import { duplicateError } from "@hybrid/plugin-kit/http-errors"

/**
 * An invite makes a person a member: a new account on acceptance, or — when the email already has
 * an account — a further company for that person (they redeem it signed in, POST
 * /store/invites/:token/join). It is refused (409 naming the email) when that person is already a
 * member of this company, and when the company holds an open (unaccepted, unexpired) invite for the email.
 */
export const validateNewInviteStep = createStep(
  "validate-new-invite",
  async (input: { company_id: string; email: string }, { container }) => {
    const email = input.email.toLowerCase()
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const [withAccount] = await customers.listCustomers({ email, has_account: true }, { take: 1 })
    if (withAccount) {
      const [member] = await companyService(container).listEmployees(
        { customer_id: withAccount.id, company_id: input.company_id },
        { take: 1 }
      )
      if (member) {
        throw duplicateError(`email: ${email} is already a member of this company`)
      }
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
