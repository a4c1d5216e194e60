import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

type Claimed = { order_id: string; from_customer_id: string }

/**
 * Moves the orders of guest customers (has_account = false) whose email is `email` to the account
 * `customer_id`. Only ever called once the account proved it owns that email (a verification
 * token): an email alone never claims anything. Compensation gives each order back to its guest.
 */
export const claimGuestOrdersStep = createStep(
  "claim-guest-orders",
  async ({ customer_id, email }: { customer_id: string; email: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: guests } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "has_account"],
      filters: { email: { $ilike: email.replace(/[\\%_]/g, (c) => `\\${c}`) }, has_account: false } as Record<
        string,
        unknown
      >,
    })
    const guestIds = (guests as { id: string; email: string; has_account: boolean }[])
      .filter((g) => !g.has_account && g.email.toLowerCase() === email.toLowerCase())
      .map((g) => g.id)
    if (!guestIds.length) {
      return new StepResponse({ claimed: 0 }, [] as Claimed[])
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { customer_id: guestIds },
    })
    const claimed = (orders as { id: string; customer_id: string }[]).map((o) => ({
      order_id: o.id,
      from_customer_id: o.customer_id,
    }))
    if (claimed.length) {
      await container
        .resolve<IOrderModuleService>(Modules.ORDER)
        .updateOrders(claimed.map((c) => ({ id: c.order_id, customer_id })))
    }
    return new StepResponse({ claimed: claimed.length }, claimed)
  },
  async (claimed, { container }) => {
    if (!claimed?.length) {
      return
    }
    await container
      .resolve<IOrderModuleService>(Modules.ORDER)
      .updateOrders(claimed.map((c) => ({ id: c.order_id, customer_id: c.from_customer_id })))
  }
)
