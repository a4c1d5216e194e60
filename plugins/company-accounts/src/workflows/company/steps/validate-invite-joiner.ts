import type { ICustomerModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { duplicateError } from "@hybrid/plugin-kit/http-errors"
import { companyService } from "../../../lib/company-service"

/**
 * A signed-in person may redeem an invite into a further company only when it was sent to their
 * own email (403 otherwise) and they are not yet a member of that company (409).
 */
export const validateInviteJoinerStep = createStep(
  "validate-invite-joiner",
  async (
    input: { customer_id: string; invite: { email: string; company: { id: string; name: string } } },
    { container }
  ) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ id: input.customer_id }, { take: 1 })
    if (!customer || customer.email?.toLowerCase() !== input.invite.email.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "token: this invite was sent to another email address")
    }
    const [member] = await companyService(container).listEmployees(
      { customer_id: input.customer_id, company_id: input.invite.company.id },
      { take: 1 }
    )
    if (member) {
      throw duplicateError(`token: you are already a member of ${input.invite.company.name}`)
    }
  }
)
