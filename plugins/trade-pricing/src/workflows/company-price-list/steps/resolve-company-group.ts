import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The company's own customer group (linked by the company-accounts plugin on approval). 404 when
 * the company does not exist; 400 when it has no group yet (not approved).
 */
export const resolveCompanyGroupStep = createStep(
  "resolve-company-group",
  async (input: { company_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "company",
      fields: ["id", "name", "customer_group.id"],
      filters: { id: input.company_id },
    })
    const company = data[0] as { id: string; name: string; customer_group?: { id: string } | null } | undefined
    if (!company) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `company_id: company ${input.company_id} does not exist`)
    }
    if (!company.customer_group?.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `company_id: company ${input.company_id} has no customer group yet (approve it first)`
      )
    }
    return new StepResponse({ id: company.id, name: company.name, customer_group_id: company.customer_group.id })
  }
)
