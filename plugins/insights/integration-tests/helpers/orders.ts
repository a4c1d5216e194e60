import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  type Api,
  companyModule,
  eventually,
  GERMAN_ADDRESS,
  registerCustomer,
  roasteryAddress,
  shipAndPay,
  storeHeaders,
  SYSTEM_PROVIDER,
} from "@hybrid/test-kit/fixtures"

export const PASSWORD = "secret-pass"

export type PlacedOrder = { id: string; cartId: string; total: number; currency: string }

/**
 * Places an order through the store API like a storefront does: cart in `regionId`, items,
 * address (the company's through trade-details when `companyAddressId` is given), standard
 * delivery, a payment session with `provider`, completion. Guests pass `email`.
 */
export async function placeOrder(
  api: Api,
  key: string,
  opts: {
    regionId: string
    variantId: string
    quantity: number
    token?: string
    email?: string
    address?: Record<string, string>
    provider?: string
    companyAddressId?: string
  }
): Promise<PlacedOrder> {
  const auth = storeHeaders(key, opts.token)
  const { data } = await api.post(
    "/store/carts",
    { region_id: opts.regionId, ...(opts.email ? { email: opts.email } : {}) },
    auth
  )
  const cartId: string = data.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: opts.variantId, quantity: opts.quantity }, auth)
  if (opts.companyAddressId) {
    await api.post(
      `/store/companies/me/carts/${cartId}/trade-details`,
      { company_address_id: opts.companyAddressId },
      auth
    )
  } else {
    const address = opts.address ?? GERMAN_ADDRESS
    await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, auth)
  }
  await shipAndPay(api, auth, cartId, opts.provider ?? SYSTEM_PROVIDER, "Standard delivery")
  const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, auth)
  if (done.type !== "order") {
    throw new Error(`placeOrder: cart ${cartId} was not completed: ${JSON.stringify(done)}`)
  }
  return { id: done.order.id, cartId, total: Number(done.order.total), currency: done.order.currency_code }
}

/** An open cart with one item that never becomes an order. */
export async function abandonCart(api: Api, key: string, regionId: string, variantId: string, email: string) {
  const auth = storeHeaders(key)
  const { data } = await api.post("/store/carts", { region_id: regionId, email }, auth)
  await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, auth)
  return data.cart.id as string
}

/**
 * An active company on net 30 with one address and the given employees (registered customers with
 * exactly these emails), written through the company module: these specs test figures, not onboarding.
 */
export async function seedCompany(
  container: MedusaContainer,
  api: Api,
  key: string,
  opts: {
    name: string
    credit_limit: number
    employees: Array<{ email: string; role: "admin" | "buyer" | "approver" | "viewer"; first_name: string }>
  }
) {
  const companies = companyModule(container)
  const company = await companies.createCompanies({
    name: opts.name,
    email: `office@${opts.name.toLowerCase().replace(/[^a-z]+/g, "-")}.example`,
    currency_code: "eur",
    status: "active",
    payment_terms: "net30",
    credit_limit: opts.credit_limit,
    po_required: false,
    spending_period: "monthly",
  })
  const address = await companies.createCompanyAddresses(roasteryAddress(company.id, opts.name))
  const employees: Record<string, { customerId: string; employeeId: string; token: string }> = {}
  for (const e of opts.employees) {
    const token = await registerCustomer(api, key, {
      email: e.email,
      password: PASSWORD,
      first_name: e.first_name,
      last_name: "Employee",
    })
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: e.email, has_account: true })
    const employee = await companies.createEmployees({ company_id: company.id, customer_id: customer.id, role: e.role })
    employees[e.email] = { customerId: customer.id, employeeId: employee.id, token }
  }
  return { id: company.id as string, addressId: address.id as string, employees }
}

/** Waits until the company-accounts subscriber has filed the order under its company. */
export async function waitForCompanyOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await eventually(
    async () =>
      (await query.graph({ entity: "order", fields: ["metadata"], filters: { id: orderId } })).data[0]?.metadata,
    (metadata: any) => metadata?.payment_terms !== undefined
  )
}

/** Moves an order (and the cart it came from) to `at`, so the figures of a fixed period are known. */
export async function backdate(container: MedusaContainer, order: { id: string; cartId: string }, at: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(`UPDATE "order" SET created_at = ? WHERE id = ?`, [at, order.id])
  await knex.raw(`UPDATE cart SET created_at = ? WHERE id = ?`, [at, order.cartId])
}

export async function backdateCart(container: MedusaContainer, cartId: string, at: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(`UPDATE cart SET created_at = ? WHERE id = ?`, [at, cartId])
}
