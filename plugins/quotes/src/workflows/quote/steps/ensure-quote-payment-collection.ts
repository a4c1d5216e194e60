import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createPaymentCollectionForCartWorkflow } from "@medusajs/medusa/core-flows"

export type EnsureQuotePaymentCollectionInput = {
  cart_id: string
  /** The cart's existing payment collection (a reused accept cart may have one), if any. */
  payment_collection_id: string | null
}

/**
 * The accept cart's payment collection: the existing one, or a new one (Medusa's
 * createPaymentCollectionForCartWorkflow). Compensation deletes and unlinks only a collection this
 * step created.
 */
export const ensureQuotePaymentCollectionStep = createStep(
  "ensure-quote-payment-collection",
  async (input: EnsureQuotePaymentCollectionInput, { container }) => {
    if (input.payment_collection_id) {
      return new StepResponse({ id: input.payment_collection_id }, null as { cart_id: string; id: string } | null)
    }
    const { result } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: input.cart_id },
    })
    const id = (result as { id: string }).id
    return new StepResponse({ id }, { cart_id: input.cart_id, id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [Modules.CART]: { cart_id: created.cart_id },
      [Modules.PAYMENT]: { payment_collection_id: created.id },
    })
    await container.resolve<IPaymentModuleService>(Modules.PAYMENT).deletePaymentCollections([created.id])
  }
)
