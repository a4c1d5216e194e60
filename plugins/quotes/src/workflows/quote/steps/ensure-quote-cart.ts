import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { quoteService } from "../../../lib/quotes"
import type { PreparedQuoteAcceptance } from "./prepare-quote-acceptance"

/**
 * The cart a quote is ordered from, as prepareQuoteAcceptanceStep decided: the reused accept cart
 * gets the company address and PO number (Medusa's updateCartWorkflow; its lines, hence an
 * approval's content hash, stay as they are), otherwise a new cart is created (Medusa's
 * createCartWorkflow, so its hooks apply). Compensation deletes a cart this step created and never
 * touches a reused one, so an approval request attached to it survives a failed accept. A created
 * cart is recorded as the quote's (quote_cart), which is how the "quotes" checkout guard recognises
 * it later whatever its metadata says; the compensation removes the record with the cart.
 * (One step rather than two `when` branches around the core workflows: its compensation is
 * explicit.)
 */
export const ensureQuoteCartStep = createStep(
  "ensure-quote-cart",
  async (prepared: PreparedQuoteAcceptance & { quote_id: string }, { container }) => {
    if (prepared.update) {
      await updateCartWorkflow(container).run({ input: prepared.update })
      return new StepResponse(prepared.update.id, null as string | null)
    }
    const { result } = await createCartWorkflow(container).run({ input: prepared.cart })
    await quoteService(container).createQuoteCarts({ quote_id: prepared.quote_id, cart_id: result.id })
    return new StepResponse(result.id as string, result.id as string)
  },
  async (createdCartId, { container }) => {
    if (createdCartId) {
      const records = await quoteService(container).listQuoteCarts({ cart_id: createdCartId }, { select: ["id"] })
      if (records.length) {
        await quoteService(container).deleteQuoteCarts(records.map((r) => r.id))
      }
      await container.resolve<ICartModuleService>(Modules.CART).deleteCarts([createdCartId])
    }
  }
)
