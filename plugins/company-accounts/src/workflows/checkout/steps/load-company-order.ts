import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, type PaymentTerms } from "../../../constants"
import type CompanyModuleService from "../../../modules/company/service"
import { dueDate, poNumberOf } from "../checkout-rules"

/** Everything recordCompanyOrderWorkflow writes for one placed order; null when it is no company's. */
export type CompanyOrderContext = {
  order_id: string
  company_id: string
  commitment_id: string
  /** Whether the company ↔ order link still has to be created. */
  link_missing: boolean
  /** The order's metadata with the company fields merged in. */
  metadata: Record<string, unknown>
}

/** The company fields written into an order's metadata (the storefronts and the admin read them). */
export type CompanyOrderMetadata = {
  company_id: string
  employee_id: string
  po_number: string | null
  payment_terms: PaymentTerms
  /** ISO date the on-account invoice is due; null when not paid on account. */
  due_date: string | null
}

/**
 * Finds the spend commitment the cart-completion hook wrote for the order's cart and works out the
 * order's company metadata. Read-only.
 */
export const loadCompanyOrderStep = createStep(
  "load-company-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: orders,
    }: { data: { id: string; created_at: Date | string; metadata: Record<string, unknown> | null }[] } =
      await query.graph({
        entity: "order",
        fields: ["id", "created_at", "metadata"],
        filters: { id: input.order_id },
      })
    const order = orders[0]
    if (!order) {
      return new StepResponse<CompanyOrderContext | null>(null)
    }
    const { data: orderCarts } = await query.graph({
      entity: "order_cart",
      fields: ["cart_id"],
      filters: { order_id: input.order_id },
    })
    const cartId = orderCarts[0]?.cart_id
    if (!cartId) {
      return new StepResponse<CompanyOrderContext | null>(null)
    }
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [commitment] = await companies.listSpendCommitments({ cart_id: cartId }, { take: 1 })
    if (!commitment) {
      return new StepResponse<CompanyOrderContext | null>(null)
    }
    const company = await companies.retrieveCompany(commitment.company_id)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const existingLinks = await link.list({
      [COMPANY_MODULE]: { company_id: company.id },
      [Modules.ORDER]: { order_id: order.id },
    })

    const terms: PaymentTerms = commitment.on_account ? (company.payment_terms as PaymentTerms) : "prepaid"
    const due = commitment.on_account ? dueDate(new Date(order.created_at), terms) : null
    const companyMetadata: CompanyOrderMetadata = {
      company_id: company.id,
      employee_id: commitment.employee_id,
      po_number: poNumberOf({ metadata: order.metadata }) ?? null,
      payment_terms: terms,
      due_date: due ? due.toISOString() : null,
    }
    return new StepResponse<CompanyOrderContext | null>({
      order_id: order.id,
      company_id: company.id,
      commitment_id: commitment.id,
      link_missing: existingLinks.length === 0,
      metadata: { ...(order.metadata ?? {}), ...companyMetadata },
    })
  }
)
