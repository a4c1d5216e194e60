import { MedusaError } from "@medusajs/framework/utils"
import { registerCheckoutGuard } from "@hybrid/company-accounts/lib/checkout-guards"
import { QUOTES_CHECKOUT_GUARD } from "../../constants"
import { cartMatchesQuote } from "../../lib/lines"
import { quoteService } from "../../lib/quotes"
import { reportedStatus, type QuoteRecord } from "../../lib/serialize"

/**
 * The "quotes" checkout guard (company-accounts' registry, run inside completeCartWorkflow's
 * validate hook): a cart whose metadata.quote_id is set may only complete as the accept workflow's
 * cart of that quote (the quote names it as its accept cart while accepting), while the quote is
 * sent, and with exactly the quote's offered lines — same variants, quantities and unit prices.
 * Anything else (a client copying quote_id onto a cart, editing an accept cart, completing it
 * outside the accept workflow) is refused with 400, so quoted prices only ever reach an order
 * through POST /store/quotes/:id/accept.
 */
registerCheckoutGuard({
  name: QUOTES_CHECKOUT_GUARD,
  async check({ container, cart }) {
    const quoteId = (cart.metadata as Record<string, unknown> | null | undefined)?.quote_id
    if (quoteId === undefined || quoteId === null || quoteId === "") {
      return
    }
    const [quote] = (await quoteService(container).listQuotes(
      { id: String(quoteId) },
      { relations: ["lines"], take: 1 }
    )) as unknown as (QuoteRecord & { accept_cart_id: string | null })[]
    if (!quote || quote.accept_cart_id !== cart.id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This cart carries quote_id ${String(quoteId)}: a quote is ordered only by accepting it (POST /store/quotes/:id/accept)`
      )
    }
    const status = reportedStatus(quote)
    if (status !== "sent") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Quote #${quote.display_id} is ${status}: it cannot be ordered`)
    }
    if (!cartMatchesQuote((cart.items ?? []) as { variant_id: string; quantity: unknown; unit_price: unknown }[], quote.lines ?? [])) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This cart's lines or prices differ from quote #${quote.display_id}: it cannot be ordered`
      )
    }
  },
})
