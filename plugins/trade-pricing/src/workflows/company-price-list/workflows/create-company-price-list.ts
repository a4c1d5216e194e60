import type { CreatePriceListWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { resolveCompanyGroupStep } from "../steps/resolve-company-group"
import { validatePriceCurrenciesStep } from "../steps/validate-price-currencies"
import { validatePriceVariantsStep } from "../steps/validate-price-variants"

export type CreateCompanyPriceListInput = {
  company_id: string
  title?: string
  description?: string
  starts_at?: string | null
  ends_at?: string | null
  prices?: { variant_id: string; currency_code: string; amount: number; min_quantity?: number }[]
}

export const createCompanyPriceListWorkflowId = "create-company-price-list"

/**
 * Creates a company's contract price list in the documented shape every trade list has: type
 * `sale`, status active, exactly one rule `customer.groups.id` = [the company's own group], so its
 * buyers get the lowest of this list, the general Trade list and the base price (see README,
 * "Price precedence"). Optional date window and prices (amounts net, major units; min_quantity
 * makes a volume tier). Compensation (Medusa's createPriceListsWorkflow) deletes the list.
 */
export const createCompanyPriceListWorkflow = createWorkflow(
  createCompanyPriceListWorkflowId,
  (input: CreateCompanyPriceListInput) => {
    const company = resolveCompanyGroupStep({ company_id: input.company_id })
    validatePriceVariantsStep(
      transform({ input }, ({ input }) => ({ variant_ids: (input.prices ?? []).map((p) => p.variant_id) }))
    )
    validatePriceCurrenciesStep(
      transform({ input }, ({ input }) => ({ currency_codes: (input.prices ?? []).map((p) => p.currency_code) }))
    )
    const listInput = transform({ input, company }, ({ input, company }) => ({
      price_lists_data: [
        // `type` is accepted by the pricing module though the workflow DTO omits it.
        {
          title: input.title ?? `Contract prices: ${company.name}`,
          description: input.description ?? `Negotiated prices of ${company.name}`,
          status: "active",
          type: "sale",
          starts_at: input.starts_at ?? null,
          ends_at: input.ends_at ?? null,
          rules: { "customer.groups.id": [company.customer_group_id] },
          prices: (input.prices ?? []).map((p) => ({
            variant_id: p.variant_id,
            currency_code: p.currency_code,
            amount: p.amount,
            min_quantity: p.min_quantity ?? 1,
          })),
        } as CreatePriceListWorkflowInputDTO,
      ],
    }))
    const lists = createPriceListsWorkflow.runAsStep({ input: listInput })
    return new WorkflowResponse(
      transform({ lists, company }, ({ lists, company }) => ({ price_list: lists[0], company_id: company.id }))
    )
  }
)
