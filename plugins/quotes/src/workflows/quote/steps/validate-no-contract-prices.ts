import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** 409 when the quote already has contract prices (a quote makes at most one price list). Reads only. */
export const validateNoContractPricesStep = createStep(
  "validate-no-contract-prices",
  async (quote: { display_id: number; contract_price_list_id: string | null }) => {
    if (quote.contract_price_list_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Quote #${quote.display_id} already has contract prices (${quote.contract_price_list_id})`
      )
    }
    return new StepResponse(undefined)
  }
)
