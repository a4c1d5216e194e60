import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Role } from "../constants"
import { approvalModule } from "./approval-module"
import { cartAmount, type ApprovalCart } from "./carts"
import { evaluateApprovalRequirement, type ApprovalRequirement } from "./rules"
import { rulesOf, type ApprovalRequestRecord, type ApprovalSettingsRecord } from "./serialize"

type Resolver = Pick<MedusaContainer, "resolve">

/** The company's saved settings, or null when it never saved any. */
export async function companySettings(container: Resolver, companyId: string): Promise<ApprovalSettingsRecord | null> {
  const [settings] = await approvalModule(container).listApprovalSettings({ company_id: companyId }, { take: 1 })
  return (settings as unknown as ApprovalSettingsRecord | undefined) ?? null
}

/** Whether the cart of an employee with `role` needs the company's approval, and why. */
export async function cartRequirement(
  container: Resolver,
  employee: { company_id: string; role: Role },
  cart: Pick<ApprovalCart, "currency_code" | "item_subtotal" | "items">
): Promise<ApprovalRequirement> {
  const settings = await companySettings(container, employee.company_id)
  return evaluateApprovalRequirement({
    rules: settings ? rulesOf(settings) : null,
    role: employee.role,
    amount: cartAmount(cart),
    currency_code: cart.currency_code,
  })
}

/** The newest approval request of a cart, or null. */
export async function latestRequestOfCart(container: Resolver, cartId: string): Promise<ApprovalRequestRecord | null> {
  const [latest] = await approvalModule(container).listApprovalRequests(
    { cart_id: cartId },
    { order: { created_at: "DESC" }, take: 1 }
  )
  return (latest as unknown as ApprovalRequestRecord | undefined) ?? null
}

/** A customer's display name and email ("First Last", falling back to the email). */
export async function customerIdentity(
  container: Resolver,
  customerId: string
): Promise<{ name: string | null; email: string | null }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: customerId },
  })
  const customer = data[0] as
    | { email?: string | null; first_name?: string | null; last_name?: string | null }
    | undefined
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ").trim()
  return { name: name || customer?.email || null, email: customer?.email ?? null }
}
