import { MedusaService } from "@medusajs/framework/utils"
import { computeQuoteFigures, type FigureDecision, type FigureQuote, type QuoteFigures } from "../../lib/figures"
import { Quote, QuoteCart, QuoteEvent, QuoteLine, QuoteMessage } from "./models"

/** The period the insights dashboard asks about: [from, to) in UTC, for one currency. */
export type TradeFigureQuery = { currency_code: string; from: Date; to: Date }

/** Data access of the `quote` module: generated CRUD for its five models, plus the insights figures. */
export default class QuoteModuleService extends MedusaService({
  Quote,
  QuoteLine,
  QuoteMessage,
  QuoteEvent,
  QuoteCart,
}) {
  /**
   * The insights plugin's TradeFigureSource (plugins/insights/src/types.ts): open quotes now, and
   * win rate and median time to accept over the period, in one currency. See lib/figures.ts.
   */
  async insightsFigures({ currency_code, from, to }: TradeFigureQuery): Promise<{ quotes: QuoteFigures }> {
    const now = new Date()
    const currency = currency_code.toLowerCase()
    const open = await this.listQuotes(
      { currency_code: currency, status: ["requested", "sent"] },
      { relations: ["lines"] }
    )
    const events = await this.listQuoteEvents(
      { action: ["accepted", "declined", "rejected"], created_at: { $gte: from, $lt: to } },
      { relations: ["quote"] }
    )
    const decisions: FigureDecision[] = events
      .filter((e: any) => e.quote?.currency_code === currency)
      .map((e: any) => ({ action: e.action, at: e.created_at, quote_created_at: e.quote.created_at }))
    const expiredUntil = to.getTime() < now.getTime() ? to : now
    const expired =
      from.getTime() < expiredUntil.getTime()
        ? await this.listQuotes(
            { currency_code: currency, status: "sent", expires_at: { $gte: from, $lt: expiredUntil } },
            { select: ["id"] }
          )
        : []
    return {
      quotes: computeQuoteFigures({
        open: open as unknown as FigureQuote[],
        decisions,
        expiredInPeriod: expired.length,
        now,
      }),
    }
  }
}
