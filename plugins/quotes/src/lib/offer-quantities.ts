import { checkQuantity, type QuantityRuleShape } from "@hybrid/trade-pricing/quantity-rules"
import type { OfferLineInput } from "./lines"

/**
 * Pure checks of a counter-offer's quantities against trade-pricing's quantity rules (case sizes,
 * minimums, maximums per variant), so the merchant cannot send an offer the buyer could not accept:
 * the accept cart is created with the offered quantities and trade-pricing refuses it at cart
 * creation. The rule arithmetic and the wording are trade-pricing's own (`checkQuantity`).
 */

/** What the check needs to know of a line: its variant and how it is named. */
export type NamedLine = { variant_id: string; sku: string | null; title: string }

/** One offered (not removed) line: its index in the offer, variant, name and offered quantity. */
export type OfferedQuantity = NamedLine & { index: number; quantity: number }

/**
 * The lines a counter-offer orders, in offer order: entries with `id` take the existing line's
 * variant and name, entries with `variant_id` the added line's (`additions`, from the catalog).
 * Lines the offer does not list are removed and are not part of it. Entries whose line or variant
 * is unknown are skipped (planCounterOffer reports those).
 */
export function offeredQuantities(
  existing: (NamedLine & { id: string })[],
  offer: OfferLineInput[],
  additions: NamedLine[]
): OfferedQuantity[] {
  const byId = new Map(existing.map((line) => [line.id, line]))
  const added = new Map(additions.map((line) => [line.variant_id, line]))
  const offered: OfferedQuantity[] = []
  offer.forEach((entry, index) => {
    const line = entry.id ? byId.get(entry.id) : entry.variant_id ? added.get(entry.variant_id) : undefined
    if (line) {
      offered.push({
        index,
        variant_id: line.variant_id,
        sku: line.sku,
        title: line.title,
        quantity: Number(entry.quantity),
      })
    }
  })
  return offered
}

/**
 * The quantity-rule violations of offered lines, one message per line naming the entry, e.g.
 * `lines[1].quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest
 * allowed: 18, 24)` — trade-pricing's message with the offer entry as the field. A line without a
 * SKU is named by its title. Variants without a rule (absent from `rules`) are not limited.
 */
export function offerQuantityProblems(offered: OfferedQuantity[], rules: Map<string, QuantityRuleShape>): string[] {
  const problems: string[] = []
  for (const line of offered) {
    const label = line.sku || line.title
    const message = checkQuantity(label, rules.get(line.variant_id), line.quantity)
    if (!message) {
      continue
    }
    // trade-pricing words it for a cart: "quantity: SKU <sku> is sold …".
    const cartPrefix = `quantity: SKU ${label}`
    const name = line.sku ? `SKU ${line.sku}` : `"${line.title}"`
    problems.push(
      message.startsWith(cartPrefix)
        ? `lines[${line.index}].quantity: ${name}${message.slice(cartPrefix.length)}`
        : `lines[${line.index}].${message}`
    )
  }
  return problems
}
