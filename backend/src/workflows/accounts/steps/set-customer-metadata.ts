import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/**
 * Sets (or, with null, removes) metadata keys of a customer, keeping every other key (Medusa merges
 * metadata; "" removes a key). Compensation restores the keys' previous values.
 */
export const setCustomerMetadataStep = createStep(
  "set-customer-metadata",
  async ({ customer_id, values }: { customer_id: string; values: Record<string, unknown> }, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(customer_id, { select: ["id", "metadata"] })
    const before = (customer.metadata ?? {}) as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(values).map((key) => [key, key in before ? before[key] : ""]))
    await customers.updateCustomers(customer_id, {
      metadata: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === null ? "" : value])),
    })
    return new StepResponse(values, { customer_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container
      .resolve<ICustomerModuleService>(Modules.CUSTOMER)
      .updateCustomers(undo.customer_id, { metadata: undo.previous })
  }
)
