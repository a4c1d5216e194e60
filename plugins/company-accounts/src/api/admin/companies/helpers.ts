import type { CustomerDTO, MedusaContainer, OrderDetailDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { companyService } from "../../../lib/company-service"
import { type CompanyRecord } from "@hybrid/plugin-kit/company-context"
import { addressView, companyView, EMPLOYEE_FIELDS } from "../../../lib/serialize"
import { creditSummary } from "../../../lib/spending"

const DETAIL_FIELDS = [
  "*",
  ...EMPLOYEE_FIELDS.map((field) => `employees.${field}`),
  "addresses.*",
  "customer_group.id",
  "customer_group.name",
  "orders.id",
  "orders.display_id",
  "orders.created_at",
  "orders.email",
  "orders.status",
  "orders.total",
  "orders.currency_code",
  "orders.metadata",
  "orders.customer_id",
  "orders.payment_collections.status",
  "orders.payment_collections.amount",
  "orders.payment_collections.captured_amount",
  "orders.payment_collections.refunded_amount",
]

/** The company as DETAIL_FIELDS reads it (orders carry only the fields listed there). */
type CompanyDetailRow = CompanyRecord & {
  orders?: (OrderDetailDTO | null)[] | null
  employees?:
    | {
        id: string
        role: string
        spending_limit?: number | null
        created_at: Date | string
        customer?: CustomerDTO | null
      }[]
    | null
  addresses?: Record<string, unknown>[] | null
  customer_group?: { id: string; name: string } | null
}

/**
 * GET /admin/companies/:id's body: the company with employees (and their customers), addresses,
 * its customer group, credit (limit, used, available) and orders newest first.
 */
export async function companyDetail(scope: Pick<MedusaContainer, "resolve">, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data }: { data: CompanyDetailRow[] } = await query.graph({
    entity: "company",
    fields: DETAIL_FIELDS,
    filters: { id },
  })
  const company = data[0]
  if (!company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${id} not found`)
  }
  const orders = (company.orders ?? [])
    .filter((order) => order !== null)
    .map(({ payment_collections, ...order }) => ({
      ...order,
      payment_status: getLastPaymentStatus({ ...order, payment_collections: payment_collections ?? [] }),
    }))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  return {
    ...companyView(company),
    metadata: company.metadata ?? null,
    employees: (company.employees ?? []).map((e) => ({
      id: e.id,
      role: e.role,
      spending_limit: e.spending_limit ?? null,
      created_at: e.created_at,
      customer: e.customer ?? null,
    })),
    addresses: (company.addresses ?? []).map(addressView),
    customer_group_id: company.customer_group?.id ?? null,
    customer_group: company.customer_group ?? null,
    credit: await creditSummary(companyService(scope), company),
    orders,
  }
}
