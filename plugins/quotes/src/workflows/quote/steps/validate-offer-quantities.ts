import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rulesApply, rulesByVariant } from "@hybrid/trade-pricing/quantity-rules"
import type { OfferLineInput } from "../../../lib/lines"
import { offeredQuantities, offerQuantityProblems } from "../../../lib/offer-quantities"
import type { QuoteLineRecord } from "../../../lib/serialize"
import type { NewOfferLine } from "./plan-counter-offer"

export type ValidateOfferQuantitiesInput = {
  quote: {
    customer_id: string
    sales_channel_id: string | null
    lines?: Pick<QuoteLineRecord, "id" | "variant_id" | "sku" | "title">[] | null
  }
  lines: OfferLineInput[]
  /** The added lines as planned (variant, SKU, title from the catalog). */
  additions: Pick<NewOfferLine, "variant_id" | "sku" | "title">[]
}

/**
 * 400 when an offered quantity breaks a trade quantity rule of its variant (trade-pricing's
 * `quantity_rule`: minimum, case size, maximum), naming the entry, its SKU (or title) and the nearest
 * allowed quantities in trade-pricing's wording, all violations in one message. The buyer could not
 * accept such an offer: trade-pricing refuses the accept cart. Checked like trade-pricing checks a
 * cart at creation: only when its rules apply to the quote's buyer (the quote's sales channel is
 * the trade channel, or the requester is in the trade group). Removed lines are not checked. The
 * rules of all offered variants are read in one query. Reads only.
 */
export const validateOfferQuantitiesStep = createStep(
  "validate-offer-quantities",
  async (input: ValidateOfferQuantitiesInput, { container }) => {
    const offered = offeredQuantities(input.quote.lines ?? [], input.lines, input.additions)
    const rules = await rulesByVariant(
      container,
      offered.map((line) => line.variant_id)
    )
    if (!rules.size) {
      return new StepResponse(undefined)
    }
    const problems = offerQuantityProblems(offered, rules)
    if (
      problems.length &&
      (await rulesApply(container, {
        sales_channel_id: input.quote.sales_channel_id,
        customer_id: input.quote.customer_id,
      }))
    ) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }
    return new StepResponse(undefined)
  }
)
