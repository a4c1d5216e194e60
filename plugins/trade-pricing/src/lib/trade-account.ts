import type { MedusaContainer } from "@medusajs/framework/types"
import { resolveCompanyContext } from "@hybrid/plugin-kit/company-context"
import { customerGroupIds, tradeAudience } from "./context"

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * Whether a customer holds a trade account now: a member of the trade customer group (what the
 * merchant grants, and what company-accounts keeps in step with company membership), or an employee
 * of an active company (the kit's CompanyDirectory). A guest (no customer) never does.
 */
export async function isTradeAccount(container: Resolver, customerId: string | null | undefined): Promise<boolean> {
  if (!customerId) {
    return false
  }
  const [{ groupId }, groups] = await Promise.all([tradeAudience(container), customerGroupIds(container, customerId)])
  if (groupId && groups.includes(groupId)) {
    return true
  }
  const context = await resolveCompanyContext(container, customerId)
  return context?.company.status === "active"
}
