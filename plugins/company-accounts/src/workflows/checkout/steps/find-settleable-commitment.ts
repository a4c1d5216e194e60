import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, ON_ACCOUNT_PAYMENT_PROVIDER } from "../../../constants"
import type CompanyModuleService from "../../../modules/company/service"

export type SettleableCommitment = {
  commitment_id: string
  already_settled: boolean
  /** The order's on-account payment still to be captured, if any. */
  payment_id: string | null
}

/**
 * Finds an on-account commitment of the company (404 for unknown or another company's id, 400 when
 * it was not paid on account) and the order payment that settling it captures. Read-only.
 */
export const findSettleableCommitmentStep = createStep(
  "find-settleable-commitment",
  async (input: { company_id: string; commitment_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [commitment] = await companies.listSpendCommitments(
      { id: input.commitment_id, company_id: input.company_id },
      { take: 1 }
    )
    if (!commitment) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commitment with id: ${input.commitment_id} was not found`)
    }
    if (!commitment.on_account) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Commitment ${commitment.id} was not paid on account: there is nothing to settle.`
      )
    }

    let paymentId: string | null = null
    if (commitment.order_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "payment_collections.payments.id",
          "payment_collections.payments.provider_id",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.canceled_at",
        ],
        filters: { id: commitment.order_id },
      })
      const payments = (orders[0]?.payment_collections ?? []).flatMap((pc: any) => pc?.payments ?? [])
      const open = payments.find(
        (p: any) => p?.provider_id === ON_ACCOUNT_PAYMENT_PROVIDER && !p.captured_at && !p.canceled_at
      )
      paymentId = open?.id ?? null
    }
    return new StepResponse<SettleableCommitment>({
      commitment_id: commitment.id,
      already_settled: !!commitment.settled_at,
      payment_id: paymentId,
    })
  }
)
