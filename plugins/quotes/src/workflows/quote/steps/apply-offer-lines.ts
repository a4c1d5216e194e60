import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteService } from "../../../lib/quotes"
import { toAmount } from "../../../lib/serialize"
import type { CounterOfferPlan } from "../../../lib/lines"
import type { NewOfferLine } from "./plan-counter-offer"

export type ApplyOfferLinesInput = {
  quote_id: string
  updates: CounterOfferPlan["updates"]
  additions: NewOfferLine[]
}

type Previous = { restore: { id: string; quantity: number; unit_price: number; removed: boolean }[]; created: string[] }

/**
 * Writes a counter-offer's lines: offered quantity and price on existing lines, `removed` on the
 * unlisted ones, new lines (requested_* null) for added variants. Compensation restores the previous
 * values and deletes the added lines.
 */
export const applyOfferLinesStep = createStep(
  "apply-offer-lines",
  async (input: ApplyOfferLinesInput, { container }) => {
    const service = quoteService(container)
    const before = input.updates.length ? await service.listQuoteLines({ id: input.updates.map((u) => u.id) }) : []
    const previous: Previous = {
      restore: before.map((l: any) => ({
        id: l.id,
        quantity: l.quantity,
        unit_price: toAmount(l.unit_price),
        removed: l.removed,
      })),
      created: [],
    }
    if (input.updates.length) {
      await service.updateQuoteLines(input.updates)
    }
    if (input.additions.length) {
      const created = await service.createQuoteLines(
        input.additions.map((a) => ({
          ...a,
          quote_id: input.quote_id,
          requested_quantity: null,
          requested_unit_price: null,
          removed: false,
        }))
      )
      previous.created = created.map((l) => l.id)
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = quoteService(container)
    if (previous.created.length) {
      await service.deleteQuoteLines(previous.created)
    }
    if (previous.restore.length) {
      await service.updateQuoteLines(previous.restore)
    }
  }
)
