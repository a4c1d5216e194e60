import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planCounterOffer, type OfferLineInput } from "../../../lib/lines"
import type { QuoteLineRecord } from "../../../lib/serialize"

export type PlanCounterOfferInput = {
  quote: {
    display_id: number
    contract_price_list_id: string | null
    sales_channel_id: string | null
    lines?: QuoteLineRecord[] | null
  }
  lines: OfferLineInput[]
  contract_prices: boolean
}

export type NewOfferLine = {
  variant_id: string
  product_id: string | null
  title: string
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
}

/** A variant added by a counter-offer, as the step reads it. */
type OfferedVariant = {
  id: string
  title: string
  sku: string | null
  thumbnail: string | null
  product?: {
    id: string
    title: string
    thumbnail: string | null
    sales_channels?: ({ id: string } | null)[] | null
  } | null
}

/**
 * Checks a counter-offer before anything is written and maps it onto the quote's lines (see
 * planCounterOffer): 400 naming the entry for unknown line ids, duplicates, unknown variants or
 * variants not sold in the quote's sales channel (the accept cart could not hold them),
 * 409 when contract prices are asked for and the quote already has them. New lines get their
 * product details from the catalog. Reads only.
 */
export const planCounterOfferStep = createStep(
  "plan-counter-offer",
  async (input: PlanCounterOfferInput, { container }) => {
    if (input.contract_prices && input.quote.contract_price_list_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Quote #${input.quote.display_id} already has contract prices (${input.quote.contract_price_list_id})`
      )
    }
    const plan = planCounterOffer(input.quote.lines ?? [], input.lines)
    const additions: NewOfferLine[] = []
    if (plan.additions.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants }: { data: OfferedVariant[] } = await query.graph({
        entity: "variant",
        fields: [
          "id",
          "title",
          "sku",
          "thumbnail",
          "product.id",
          "product.title",
          "product.thumbnail",
          "product.sales_channels.id",
        ],
        filters: { id: plan.additions.map((a) => a.variant_id) },
      })
      const byId = new Map(variants.map((v) => [v.id, v]))
      for (const addition of plan.additions) {
        const variant = byId.get(addition.variant_id)
        if (!variant) {
          const index = input.lines.findIndex((l) => l.variant_id === addition.variant_id)
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `lines[${index}].variant_id: variant ${addition.variant_id} does not exist`
          )
        }
        const channels = (variant.product?.sales_channels ?? []).map((c) => c?.id)
        if (input.quote.sales_channel_id && !channels.includes(input.quote.sales_channel_id)) {
          const index = input.lines.findIndex((l) => l.variant_id === addition.variant_id)
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `lines[${index}].variant_id: ${variant.sku ?? variant.id} is not sold in the sales channel the quote was requested in`
          )
        }
        additions.push({
          variant_id: variant.id,
          product_id: variant.product?.id ?? null,
          title: variant.product?.title ?? variant.title,
          variant_title: variant.title ?? null,
          sku: variant.sku ?? null,
          thumbnail: variant.thumbnail ?? variant.product?.thumbnail ?? null,
          quantity: addition.quantity,
          unit_price: addition.unit_price,
        })
      }
    }
    return new StepResponse({ updates: plan.updates, additions })
  }
)
