import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Fails with 400 naming prices.variant_id when any price names a variant that does not exist. */
export const validatePriceVariantsStep = createStep(
  "validate-price-variants",
  async (input: { variant_ids: string[] }, { container }) => {
    const ids = [...new Set(input.variant_ids)]
    if (!ids.length) {
      return new StepResponse(undefined)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "variant", fields: ["id"], filters: { id: ids } })
    const missing = ids.filter((id) => !data.some((v) => v.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `prices.variant_id: unknown variant ${missing.join(", ")}`)
    }
    return new StepResponse(undefined)
  }
)
