import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertStoreCurrency } from "@hybrid/plugin-kit/store-currency"

/** Fails with 400 naming prices.currency_code when a price is in a currency the store does not sell in. */
export const validatePriceCurrenciesStep = createStep(
  "validate-price-currencies",
  async (input: { currency_codes: string[] }, { container }) => {
    for (const code of new Set(input.currency_codes)) {
      await assertStoreCurrency(container, "prices.currency_code", code)
    }
    return new StepResponse(undefined)
  }
)
