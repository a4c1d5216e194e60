import type { CompanyContext } from "@hybrid/plugin-kit/company-context"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DECIDER_ROLES } from "../../../constants"
import { approvalModule } from "../../../lib/approval-module"
import type { ApprovalRequestRecord } from "../../../lib/serialize"

/** Which requests a caller may see: the company's for approvers and admins, otherwise their own. */
export function inboxScope({ company, employee }: CompanyContext) {
  const decides = (DECIDER_ROLES as readonly string[]).includes(employee.role)
  return decides
    ? { company_id: company.id }
    : { company_id: company.id, requested_by_customer_id: employee.customer_id }
}

/** A request the caller may see, or 404 (other company, or someone else's for non-deciders). */
export async function visibleApprovalOr404(
  scope: Pick<MedusaContainer, "resolve">,
  context: CompanyContext,
  id: string
): Promise<ApprovalRequestRecord> {
  const [request] = await approvalModule(scope).listApprovalRequests({ ...inboxScope(context), id }, { take: 1 })
  if (!request) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval with id: ${id} was not found`)
  }
  return request as unknown as ApprovalRequestRecord
}
