import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PaymentTerms } from "../../../../../constants"
import { companyService } from "../../../../../lib/company-service"
import { type CompanyContext } from "@hybrid/plugin-kit/company-context"
import { dueDate, poNumberOf } from "../../../../../workflows/checkout/checkout-rules"
import { COMPANY_ORDER_FIELDS } from "./query-config"

type Scope = Pick<MedusaContainer, "resolve">

type Commitment = {
  id: string
  employee_id: string
  cart_id: string
  order_id: string | null
  on_account: boolean
  settled_at: Date | string | null
  created_at: Date | string
}

/** Which commitments (and so orders) the caller sees: buyers their own, every other role the company's. */
function visibleCommitmentFilter(context: CompanyContext) {
  return context.employee.role === "buyer"
    ? { company_id: context.company.id, employee_id: context.employee.id }
    : { company_id: context.company.id }
}

/**
 * order id per commitment. The order.placed subscriber writes commitment.order_id a moment after
 * completion; until then the order is found through Medusa's order ↔ cart link, so an order is
 * listed as soon as it exists. Commitments of carts still completing have no order yet.
 */
async function orderIdsOf(scope: Scope, commitments: Commitment[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  const pending = commitments.filter((c) => !c.order_id)
  for (const c of commitments) {
    if (c.order_id) {
      ids.set(c.id, c.order_id)
    }
  }
  if (pending.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_cart",
      fields: ["order_id", "cart_id"],
      filters: { cart_id: pending.map((c) => c.cart_id) },
    })
    const byCart = new Map(data.map((row: any) => [row.cart_id as string, row.order_id as string]))
    for (const c of pending) {
      const orderId = byCart.get(c.cart_id)
      if (orderId) {
        ids.set(c.id, orderId)
      }
    }
  }
  return ids
}

/** An order as the company routes return it: Medusa's order plus PO number, terms, due date and employee. */
async function present(scope: Scope, context: CompanyContext, pairs: { commitment: Commitment; order_id: string }[]) {
  if (!pairs.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: COMPANY_ORDER_FIELDS,
    filters: { id: pairs.map((p) => p.order_id) },
  })
  const employeeIds = [...new Set(pairs.map((p) => p.commitment.employee_id))]
  const { data: employees } = await query.graph({
    entity: "employee",
    fields: ["id", "role", "customer.id", "customer.email", "customer.first_name", "customer.last_name"],
    filters: { id: employeeIds },
    // Removed employees keep their orders; their record is soft-deleted.
    withDeleted: true,
  })
  const orderById = new Map(orders.map((o: any) => [o.id as string, o]))
  const employeeById = new Map(employees.map((e: any) => [e.id as string, e]))

  return pairs
    .filter((p) => orderById.has(p.order_id))
    .map(({ commitment, order_id }) => {
      const order = orderById.get(order_id)
      const metadata = (order.metadata ?? {}) as Record<string, unknown>
      const terms =
        (metadata.payment_terms as PaymentTerms | undefined) ??
        (commitment.on_account ? context.company.payment_terms : "prepaid")
      const due =
        (metadata.due_date as string | null | undefined) ??
        (commitment.on_account ? (dueDate(new Date(order.created_at), terms)?.toISOString() ?? null) : null)
      const employee = employeeById.get(commitment.employee_id)
      return {
        ...order,
        po_number: poNumberOf({ metadata }) ?? null,
        payment_terms: terms,
        due_date: due,
        on_account: commitment.on_account,
        settled_at: commitment.settled_at,
        employee: employee
          ? { id: employee.id, role: employee.role, customer: employee.customer ?? null }
          : { id: commitment.employee_id, role: null, customer: null },
      }
    })
}

/** The orders the caller may see, newest first. */
export async function listCompanyOrders(
  scope: Scope,
  context: CompanyContext,
  page: { limit: number; offset: number }
) {
  const [commitments, count] = await companyService(scope).listAndCountSpendCommitments(
    visibleCommitmentFilter(context),
    { order: { created_at: "DESC" }, take: page.limit, skip: page.offset }
  )
  const ids = await orderIdsOf(scope, commitments as unknown as Commitment[])
  const pairs = (commitments as unknown as Commitment[])
    .filter((c) => ids.has(c.id))
    .map((commitment) => ({ commitment, order_id: ids.get(commitment.id)! }))
  return { orders: await present(scope, context, pairs), count }
}

/** One order the caller may see, or 404 (another company's order, a colleague's for a buyer, unknown). */
export async function companyOrderOr404(scope: Scope, context: CompanyContext, orderId: string) {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links }: { data: { cart_id: string }[] } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id"],
    filters: { order_id: orderId },
  })
  const cartId = links[0]?.cart_id
  if (!cartId) {
    throw notFound
  }
  const [commitment] = (await companyService(scope).listSpendCommitments(
    { ...visibleCommitmentFilter(context), cart_id: cartId },
    { take: 1 }
  )) as unknown as Commitment[]
  if (!commitment) {
    throw notFound
  }
  const [order] = await present(scope, context, [{ commitment, order_id: orderId }])
  if (!order) {
    throw notFound
  }
  return order
}
