import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyDirectory } from "@hybrid/plugin-kit/company-context"
import { DECIDER_ROLES } from "../../../constants"

/**
 * The emails of the people who decide a company's approvals — its approvers and admins — without
 * the requester. Read-only.
 */
export const listApprovalRecipientsStep = createStep(
  "list-approval-recipients",
  async (input: { company_id: string; exclude_customer_id: string }, { container }) => {
    const employees = (await companyDirectory(container)?.companyMembers(input.company_id, DECIDER_ROLES)) ?? []
    const customerIds = employees.map((e) => e.customer_id).filter((id) => id !== input.exclude_customer_id)
    if (!customerIds.length) {
      return new StepResponse<string[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerIds } })
    return new StepResponse((data as { email?: string | null }[]).map((c) => c.email).filter((e): e is string => !!e))
  }
)
