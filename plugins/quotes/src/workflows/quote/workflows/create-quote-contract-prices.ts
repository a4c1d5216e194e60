import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCompanyPriceListWorkflow } from "@hybrid/trade-pricing/workflows"
import { QUOTE_EVENTS } from "../../../constants"
import { toAmount } from "../../../lib/serialize"
import { createQuoteEventsStep } from "../steps/create-quote-events"
import type { LoadedQuote } from "../steps/load-quote"
import { loadQuoteStep } from "../steps/load-quote"
import { acquireQuoteLockStep, releaseQuoteLockStep } from "../steps/quote-lock"
import { updateQuoteStep } from "../steps/update-quote"
import { validateQuoteStatusStep } from "../steps/validate-quote-status"
import { validateNoContractPricesStep } from "../steps/validate-no-contract-prices"

export type Actor = { id: string; name: string }

export type CreateQuoteContractPricesInput = { quote_id: string; ends_at: string; actor: Actor }

/** The price list input of a quote's contract prices: its offered lines, for the company's group. */
export function contractPriceListInput(quote: LoadedQuote, endsAt: string) {
  return {
    company_id: quote.company_id,
    title: `Quote #${quote.display_id}: ${quote.company_name ?? quote.company_id}`,
    description: `Contract prices from quote #${quote.display_id}`,
    starts_at: null,
    ends_at: endsAt,
    prices: (quote.lines ?? [])
      .filter((line) => !line.removed)
      .map((line) => ({
        variant_id: line.variant_id,
        currency_code: quote.currency_code,
        amount: toAmount(line.unit_price),
      })),
  }
}

/**
 * Composer fragment shared by this workflow and the counter-offer: the company's sale price list at
 * the quote's offered unit prices until `ends_at` (trade-pricing's createCompanyPriceListWorkflow,
 * whose compensation deletes it), its id on the quote, and a history entry.
 */
export function contractPricesSteps(
  quote: WorkflowData<LoadedQuote>,
  endsAt: WorkflowData<string>,
  actor: WorkflowData<Actor>
) {
  const created = createCompanyPriceListWorkflow.runAsStep({
    input: transform({ quote, endsAt }, ({ quote, endsAt }) => contractPriceListInput(quote, endsAt)),
  })
  updateQuoteStep(
    transform({ quote, created }, ({ quote, created }) => ({
      id: quote.id,
      contract_price_list_id: created.price_list.id as string,
    }))
  ).config({ name: "set-quote-contract-price-list" })
  createQuoteEventsStep(
    transform({ quote, created, endsAt, actor }, ({ quote, created, endsAt, actor }) => [
      {
        quote_id: quote.id,
        action: "contract_prices_created",
        actor_type: "merchant" as const,
        actor_id: actor.id,
        actor_name: actor.name,
        from_status: null,
        to_status: null,
        data: { price_list_id: created.price_list.id, ends_at: endsAt },
      },
    ])
  ).config({ name: "record-contract-prices" })
  emitEventStep({
    eventName: QUOTE_EVENTS.contractPricesCreated,
    data: transform({ quote, created }, ({ quote, created }) => ({
      id: quote.id,
      price_list_id: created.price_list.id,
    })),
  }).config({ name: "emit-contract-prices-created" })
  return created
}

export const createQuoteContractPricesWorkflowId = "create-quote-contract-prices"

/**
 * Turns a sent or accepted quote's offer into contract prices for the company (409 for other
 * statuses, or when the quote already has them). See contractPricesSteps.
 */
export const createQuoteContractPricesWorkflow = createWorkflow(
  createQuoteContractPricesWorkflowId,
  (input: CreateQuoteContractPricesInput) => {
    const lock = acquireQuoteLockStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, wait: 10 })))
    const quote = loadQuoteStep(transform({ input }, ({ input }) => ({ id: input.quote_id })))
    validateQuoteStatusStep(
      transform({ quote }, ({ quote }) => ({
        quote,
        allowed: ["sent" as const, "accepted" as const],
        action: "turned into contract prices",
      }))
    )
    validateNoContractPricesStep(quote)
    contractPricesSteps(
      quote,
      transform({ input }, ({ input }) => input.ends_at),
      transform({ input }, ({ input }) => input.actor)
    )
    releaseQuoteLockStep(lock)
    return new WorkflowResponse(transform({ quote }, ({ quote }) => ({ id: quote.id })))
  }
)
