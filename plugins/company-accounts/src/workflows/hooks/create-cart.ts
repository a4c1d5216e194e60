import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { CART_COMPANY_KEY, cartCompanyId, resolveCompanyContext } from "@hybrid/plugin-kit/company-context"
import { groupPricesApply } from "@hybrid/plugin-kit/group-pricing"

type CreatedCart = {
  id: string
  customer_id?: string | null
  sales_channel_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * A trade cart belongs to one company: a cart created in the Trade channel for a person who acts
 * for a company is stamped with that company (`metadata.company_id`, the kit's CART_COMPANY_KEY)
 * unless the creator already named one. From then on it is priced, checked and completed under
 * that company, whichever company its owner switches to. Consumer carts are never stamped. The
 * compensation restores the metadata the cart was created with.
 */
createCartWorkflow.hooks.cartCreated(
  async ({ cart }, { container }) => {
    const created = cart as CreatedCart
    if (
      !created?.customer_id ||
      cartCompanyId(created) ||
      !(await groupPricesApply(container, [created.sales_channel_id]))
    ) {
      return new StepResponse(undefined, null)
    }
    const context = await resolveCompanyContext(container, created.customer_id)
    if (!context) {
      return new StepResponse(undefined, null)
    }
    const carts = container.resolve<ICartModuleService>(Modules.CART)
    await carts.updateCarts(created.id, {
      metadata: { ...(created.metadata ?? {}), [CART_COMPANY_KEY]: context.company.id },
    })
    return new StepResponse(undefined, { id: created.id, metadata: created.metadata ?? null })
  },
  async (previous, { container }) => {
    if (previous) {
      await container
        .resolve<ICartModuleService>(Modules.CART)
        .updateCarts(previous.id, { metadata: previous.metadata ?? {} })
    }
  }
)
