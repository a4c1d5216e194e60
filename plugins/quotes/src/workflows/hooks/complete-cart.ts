import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { registerCheckoutGuard } from "@hybrid/plugin-kit/checkout-guards"
import { QUOTES_CHECKOUT_GUARD } from "../../constants"
import { cartMatchesQuote } from "../../lib/lines"
import { quoteService } from "../../lib/quotes"
import { reportedStatus, type QuoteRecord } from "../../lib/serialize"

type GuardedLine = {
  variant_id: string
  quantity: BigNumberInput
  unit_price: BigNumberInput
  is_custom_price?: boolean | null
}

/**
 * The "quotes" checkout guard (company-accounts' registry, run inside completeCartWorkflow's
 * validate hook). A quote cart is a cart whose metadata.quote_id is set, or that holds custom-priced
 * lines (in store carts only the quote workflows set custom prices — the store API cannot), so
 * removing quote_id from an accept cart's metadata does not turn it into an ordinary cart. A quote
 * cart completes only while the accept workflow is completing it (the quote names it as
 * completing_cart_id), the quote is sent, and its lines are exactly the quote's offered lines —
 * same variants, quantities and unit prices. Anything else (a client copying quote_id onto a cart,
 * editing an accept cart, completing an accept cart prepared by POST /store/quotes/:id/cart, or a
 * stale one, directly through POST /store/carts/:id/complete) is refused with 400, so quoted prices
 * only ever reach an order through POST /store/quotes/:id/accept — and the quote is then accepted.
 */
registerCheckoutGuard({
  name: QUOTES_CHECKOUT_GUARD,
  async check({ container, cart }) {
    const metadataQuoteId = (cart.metadata as Record<string, unknown> | null | undefined)?.quote_id
    const quoteId =
      metadataQuoteId === undefined || metadataQuoteId === null || metadataQuoteId === ""
        ? null
        : String(metadataQuoteId)
    const items = ((cart.items ?? []) as (GuardedLine | null)[]).filter((i): i is GuardedLine => !!i)
    const quotedPrices = items.some((item) => item.is_custom_price)
    if (!quoteId && !quotedPrices) {
      return
    }
    const [quote] = (await quoteService(container).listQuotes(
      { completing_cart_id: cart.id },
      { relations: ["lines"], take: 1 }
    )) as unknown as QuoteRecord[]
    if (!quote || (quoteId !== null && quote.id !== quoteId)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        quoteId
          ? `This cart carries quote_id ${quoteId}: a quote is ordered only by accepting it (POST /store/quotes/:id/accept)`
          : "This cart holds quoted prices: a quote is ordered only by accepting it (POST /store/quotes/:id/accept)"
      )
    }
    const status = reportedStatus(quote)
    if (status !== "sent") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Quote #${quote.display_id} is ${status}: it cannot be ordered`
      )
    }
    if (!cartMatchesQuote(items, quote.lines ?? [])) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This cart's lines or prices differ from quote #${quote.display_id}: it cannot be ordered`
      )
    }
  },
})
