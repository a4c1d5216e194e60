import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

type Personal = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  company_name: string | null
  metadata: Record<string, unknown> | null
}

/** The anonymised customer's email: unique, unroutable (`.invalid`), and no longer the person's. */
export const anonymisedEmail = (customerId: string) => `deleted-${customerId.toLowerCase()}@deleted.invalid`

/**
 * Replaces the customer's personal data (name, email, phone, company name, metadata) with
 * placeholders; the row stays so the orders that point at it keep a customer. Compensation puts the
 * data back.
 */
export const anonymiseCustomerStep = createStep(
  "anonymise-customer",
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const before = (await customers.retrieveCustomer(customer_id)) as unknown as Personal
    await customers.updateCustomers(customer_id, {
      email: anonymisedEmail(customer_id),
      first_name: "Deleted",
      last_name: "customer",
      phone: null,
      company_name: null,
      // Medusa merges metadata; "" removes a key.
      metadata: {
        ...Object.fromEntries(Object.keys(before.metadata ?? {}).map((key) => [key, ""])),
        hc_deleted_at: new Date().toISOString(),
      },
    })
    return new StepResponse({ customer_id }, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const { id, metadata, ...personal } = before
    await container
      .resolve<ICustomerModuleService>(Modules.CUSTOMER)
      .updateCustomers(id, { ...personal, metadata: { ...(metadata ?? {}), hc_deleted_at: "" } })
  }
)
