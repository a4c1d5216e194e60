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
  metadata?: Record<string, unknown> | null
}

function present(value: unknown): string | null {
  return value === undefined || value === null || value === "" ? null : String(value)
}

/**
 * The "quotes" checkout guard (the plugin kit's order boundary, run inside completeCartWorkflow's
 * validate hook). A quote cart is one the quotes plugin itself made or names — a cart the quote
 * workflows created (recorded in quote_cart, whatever a client later wrote into its metadata) or
 * the cart a quote is completing — or one that claims to be (metadata.quote_id on the cart, or
 * quote_id / quote_line_id on a line). Custom prices alone do not make a quote cart: a Medusa or
 * third-party flow that sets custom prices server-side completes like every other cart. A quote cart
 * completes only while the accept workflow is completing it (the quote names it as
 * completing_cart_id), the quote is sent, and its lines are exactly the quote's offered lines —
 * same variants, quantities and unit prices. Anything else (a client copying quote_id onto a cart,
 * editing or stripping an accept cart, completing an accept cart prepared by POST
 * /store/quotes/:id/cart, or a stale one, directly through POST /store/carts/:id/complete) is
 * refused with 400, so quoted prices only ever reach an order through POST /store/quotes/:id/accept
 * — and the quote is then accepted.
 */
registerCheckoutGuard({
  name: QUOTES_CHECKOUT_GUARD,
  async check({ container, cart }) {
    const quoteId = present((cart.metadata as Record<string, unknown> | null | undefined)?.quote_id)
    const items = ((cart.items ?? []) as (GuardedLine | null)[]).filter((i): i is GuardedLine => !!i)
    const lineClaim = items.some((i) => present(i.metadata?.quote_id) || present(i.metadata?.quote_line_id))
    const quotes = quoteService(container)
    // Both lookups are indexed (quote_cart.cart_id, quote.completing_cart_id).
    const [[record], [quote]] = await Promise.all([
      quotes.listQuoteCarts({ cart_id: cart.id }, { select: ["id", "quote_id"], take: 1 }),
      quotes.listQuotes({ completing_cart_id: cart.id }, { relations: ["lines"], take: 1 }) as unknown as Promise<
        QuoteRecord[]
      >,
    ])
    if (!quoteId && !lineClaim && !record && !quote) {
      return
    }
    if (!quote || (quoteId !== null && quote.id !== quoteId) || (record && record.quote_id !== quote.id)) {
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
