import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { QuoteLineRecord } from "./serialize"

/**
 * Pure rules on quote lines: how a counter-offer maps onto the existing lines, and whether a cart's
 * items are exactly a quote's offer.
 */

/** One line of a counter-offer as the admin sends it: an existing line (`id`) or a new variant. */
export type OfferLineInput = { id?: string; variant_id?: string; quantity: number; unit_price: number }

export type CounterOfferPlan = {
  /** Existing lines kept or changed (offered quantity and price) and existing lines not listed (removed only). */
  updates: ({ id: string; quantity: number; unit_price: number; removed: false } | { id: string; removed: true })[]
  /** New lines the merchant adds, by variant. */
  additions: { variant_id: string; quantity: number; unit_price: number }[]
}

/**
 * Maps a counter-offer onto a quote's lines. Listed lines take the offered quantity and price (a
 * removed line listed again comes back); lines not listed are marked removed; `variant_id` entries
 * become new lines. Throws INVALID_DATA naming the entry (`lines[2].id`) when an id is not a line of
 * the quote, is listed twice, or a new variant already has a line.
 */
export function planCounterOffer(
  existing: Pick<QuoteLineRecord, "id" | "variant_id">[],
  offer: OfferLineInput[]
): CounterOfferPlan {
  const byId = new Map(existing.map((line) => [line.id, line]))
  const listed = new Set<string>()
  const newVariants = new Set<string>()
  const updates: CounterOfferPlan["updates"] = []
  const additions: CounterOfferPlan["additions"] = []
  offer.forEach((line, index) => {
    if (line.id) {
      if (!byId.has(line.id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines[${index}].id: ${line.id} is not a line of this quote`
        )
      }
      if (listed.has(line.id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines[${index}].id: line ${line.id} is listed twice`)
      }
      listed.add(line.id)
      updates.push({ id: line.id, quantity: line.quantity, unit_price: line.unit_price, removed: false })
      return
    }
    const variantId = line.variant_id!
    if (existing.some((l) => l.variant_id === variantId) || newVariants.has(variantId)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines[${index}].variant_id: the quote already has a line for ${variantId}; send that line's id instead`
      )
    }
    newVariants.add(variantId)
    additions.push({ variant_id: variantId, quantity: line.quantity, unit_price: line.unit_price })
  })
  for (const line of existing) {
    if (!listed.has(line.id)) {
      updates.push({ id: line.id, removed: true })
    }
  }
  return { updates, additions }
}

type Comparable = {
  variant_id: string | null | undefined
  quantity: BigNumberInput | null | undefined
  unit_price: BigNumberInput | null | undefined
}

const key = (line: Comparable) =>
  `${line.variant_id}|${MathBN.convert(line.quantity ?? 0).toString()}|${MathBN.convert(line.unit_price ?? 0).toString()}`

/**
 * Whether a cart's items are exactly the quote's offer: the same variants, quantities and unit
 * prices, line for line (in any order), nothing more and nothing less. Removed quote lines are not
 * part of the offer.
 */
export function cartMatchesQuote(cartItems: Comparable[], quoteLines: (Comparable & { removed: boolean })[]): boolean {
  const offered = quoteLines
    .filter((l) => !l.removed)
    .map(key)
    .sort()
  const inCart = cartItems.map(key).sort()
  return offered.length === inCart.length && offered.every((k, i) => k === inCart[i])
}
