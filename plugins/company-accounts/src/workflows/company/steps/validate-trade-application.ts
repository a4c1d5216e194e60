import type { IAuthModuleService, ICustomerModuleService, IStoreModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { duplicateError } from "@hybrid/plugin-kit/http-errors"

/**
 * Refuses an application whose applicant email already has an account (a customer with a login, or
 * any email + password login) — one application per email, answered 409 naming the email — and one
 * in a currency the store does not sell in (400 naming company.currency_code).
 */
export const validateTradeApplicationStep = createStep(
  "validate-trade-application",
  async (input: { email: string; currency_code: string }, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const [withAccount] = await customers.listCustomers({ email: input.email, has_account: true }, { take: 1 })
    const [login] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: input.email }, { take: 1 })
    const [store] = await container
      .resolve<IStoreModuleService>(Modules.STORE)
      .listStores({}, { relations: ["supported_currencies"], take: 1 })
    const currencies = (store?.supported_currencies ?? []).map((c) => c.currency_code.toLowerCase())
    if (currencies.length && !currencies.includes(input.currency_code.toLowerCase())) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `company.currency_code: we trade in ${currencies.join(", ")}, not ${input.currency_code}`
      )
    }
    if (withAccount || login) {
      throw duplicateError(`email: ${input.email} already has an account (or an application); sign in instead`)
    }
  }
)
