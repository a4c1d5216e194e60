import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Fails with 404 naming variant_id when the variant does not exist. */
export const validateRuleVariantStep = createStep(
  "validate-rule-variant",
  async (input: { variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "variant", fields: ["id"], filters: { id: input.variant_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id: variant ${input.variant_id} does not exist`)
    }
    return new StepResponse(undefined)
  }
)
