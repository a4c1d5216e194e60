import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { Client } from "@medusajs/framework/pg"
import { COMPANY_MODULE, ON_ACCOUNT_PAYMENT_PROVIDER, type EmployeeRole, type PaymentTerms, type SpendingPeriod } from "../../src/constants"
import type CompanyModuleService from "../../src/modules/company/service"
import {
  PLUGIN_TEST_BACKEND_DIR,
  adminHeaders,
  customerToken,
  failure,
  registerCustomer,
  storeHeaders,
  type Api,
} from "./company-accounts"

export { adminHeaders, failure, storeHeaders, type Api }

/** The backend app the plugin's integration tests boot (medusaIntegrationTestRunner's `cwd`). */
export const BACKEND_DIR = PLUGIN_TEST_BACKEND_DIR

export const SYSTEM_PROVIDER = "pp_system_default"
export const ON_ACCOUNT = ON_ACCOUNT_PAYMENT_PROVIDER

/**
 * A product whose one-unit cart totals exactly `total` in Europe: net price + standard shipping
 * (4.90), both with 20% VAT for a German address. 600 → 495.10 net.
 */
export async function createFixedTotalProduct(
  container: MedusaContainer,
  opts: { handle: string; eurTotal: number; usdPrice?: number }
): Promise<{ variantId: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  const netEur = Math.round((opts.eurTotal / 1.2 - 4.9) * 100) / 100
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: `Test ${opts.handle}`,
          handle: opts.handle,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profiles[0].id,
          sales_channels: channels.map((c) => ({ id: c.id })),
          options: [{ title: "Size", values: ["One"] }],
          variants: [
            {
              title: "One",
              sku: opts.handle.toUpperCase(),
              manage_inventory: false,
              options: { Size: "One" },
              prices: [
                { currency_code: "eur", amount: netEur },
                { currency_code: "usd", amount: opts.usdPrice ?? netEur },
              ],
            },
          ],
        },
      ],
    },
  })
  return { variantId: result[0].variants[0].id }
}

export type SeedEmployee = {
  key: string
  role: EmployeeRole
  spending_limit?: number | null
}

export type SeededCompany = {
  id: string
  addressId: string
  employees: Record<string, { id: string; customerId: string; token: string; email: string }>
}

let seq = 0

/**
 * An approved company with its employees (each a registered customer, signed in) and one address
 * in Germany, written straight through the company module: these specs test checkout, not
 * onboarding.
 */
export async function seedCompany(
  container: MedusaContainer,
  api: Api,
  key: string,
  opts: {
    name: string
    currency_code?: "eur" | "usd"
    status?: "active" | "pending" | "suspended"
    payment_terms?: PaymentTerms
    credit_limit?: number
    po_required?: boolean
    spending_period?: SpendingPeriod
    employees: SeedEmployee[]
  }
): Promise<SeededCompany> {
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const slug = opts.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")
  const company = await companies.createCompanies({
    name: opts.name,
    email: `office@${slug}.example`,
    currency_code: opts.currency_code ?? "eur",
    status: opts.status ?? "active",
    payment_terms: opts.payment_terms ?? "net30",
    credit_limit: opts.credit_limit ?? 0,
    po_required: opts.po_required ?? false,
    spending_period: opts.spending_period ?? "monthly",
  })
  const address = await companies.createCompanyAddresses({
    company_id: company.id,
    label: "Roastery",
    is_shipping: true,
    is_billing: true,
    first_name: "Frieda",
    last_name: "Filter",
    company: opts.name,
    address_1: "Kaffeegasse 1",
    city: "Berlin",
    postal_code: "10115",
    country_code: "de",
  })
  const employees: SeededCompany["employees"] = {}
  for (const e of opts.employees) {
    const email = `${e.key}.${slug}.${++seq}@example.com`
    await registerCustomer(api, key, { email, password: "secret-pass", first_name: e.key, last_name: opts.name })
    const customers = container.resolve(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ email })
    const employee = await companies.createEmployees({
      company_id: company.id,
      customer_id: customer.id,
      role: e.role,
      spending_limit: e.spending_limit ?? null,
    })
    employees[e.key] = {
      id: employee.id,
      customerId: customer.id,
      email,
      token: await customerToken(api, email, "secret-pass"),
    }
  }
  return { id: company.id, addressId: address.id, employees }
}

export const GERMAN_ADDRESS = {
  first_name: "Bea",
  last_name: "Barista",
  address_1: "Bohnenweg 2",
  city: "Hamburg",
  postal_code: "20095",
  country_code: "de",
}

export const US_ADDRESS = {
  first_name: "Sam",
  last_name: "Shot",
  address_1: "1 Espresso Ave",
  city: "Portland",
  postal_code: "97201",
  province: "OR",
  country_code: "us",
}

/**
 * A cart ready to complete: items, address (the company's through trade-details when `trade` is
 * given, else `address`), standard delivery, and a payment session with
 * `provider`. Returns the cart id.
 */
export async function readyCart(
  api: Api,
  key: string,
  token: string | undefined,
  opts: {
    regionId: string
    items: { variant_id: string; quantity: number }[]
    provider: string
    trade?: { company_address_id: string; po_number?: string }
    address?: Record<string, string>
  }
): Promise<string> {
  const auth = storeHeaders(key, token)
  const { data } = await api.post("/store/carts", { region_id: opts.regionId }, auth)
  const cartId: string = data.cart.id
  for (const item of opts.items) {
    await api.post(`/store/carts/${cartId}/line-items`, item, auth)
  }
  if (opts.trade) {
    await api.post(`/store/companies/me/carts/${cartId}/trade-details`, opts.trade, auth)
  } else {
    const address = opts.address ?? GERMAN_ADDRESS
    await api.post(
      `/store/carts/${cartId}`,
      { email: token ? undefined : "guest@example.com", shipping_address: address, billing_address: address },
      auth
    )
  }
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, auth)
  const standard =
    options.shipping_options.find((o: any) => o.name === "Standard delivery") ?? options.shipping_options[0]
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, auth)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, auth)
  await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: opts.provider },
    auth
  )
  return cartId
}

/** POST /store/carts/:id/complete as { status, data } whatever the outcome. */
export async function complete(api: Api, key: string, token: string | undefined, cartId: string) {
  try {
    const { status, data } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(key, token))
    return { status: status as number, data }
  } catch (error: any) {
    if (error?.response) {
      return { status: error.response.status as number, data: error.response.data }
    }
    throw error
  }
}

/** The cart's total as the store API computes it. */
export async function cartTotal(api: Api, key: string, token: string | undefined, cartId: string) {
  const { data } = await api.get(`/store/carts/${cartId}?fields=total`, storeHeaders(key, token))
  return Number(data.cart.total)
}

/** Polls `read` until `done` holds (the order.placed subscriber runs after the response). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000) {
  const started = Date.now()
  let value = await read()
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/**
 * Completes `count` carts at the same moment and makes their limit checks overlap for sure: while
 * the requests run, a separate database session holds `LOCK TABLE spend_commitment IN EXCLUSIVE
 * MODE` (reads pass, inserts wait) until as many completions as the app's connection pool lets in
 * are blocked inside the ledger, then lets them all go. A ledger that did not serialise on the
 * company row would let every blocked request read the same totals and insert; the real one
 * admits one at a time. `clientUrl`: the suite's database (dbConfig.clientUrl of the runner).
 */
export async function completeAllAtOnce<T>(
  clientUrl: string,
  complete: (index: number) => Promise<T>,
  count: number
): Promise<T[]> {
  const session = new Client({ connectionString: clientUrl })
  await session.connect()
  try {
    await session.query("BEGIN")
    await session.query("LOCK TABLE spend_commitment IN EXCLUSIVE MODE")
    const pending = Promise.all(Array.from({ length: count }, (_, i) => complete(i)))
    pending.catch(() => {})
    // Blocked sessions of the app: wait until all of them are (every request, or the pool is full).
    let waiting = 0
    let stableSince = Date.now()
    const started = Date.now()
    while (waiting < count && !(waiting >= 2 && Date.now() - stableSince > 2_000)) {
      if (Date.now() - started > 60_000) {
        throw new Error(`completeAllAtOnce: only ${waiting} completion(s) reached the ledger at once`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
      const { rows } = await session.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`
      )
      if (rows[0].waiting !== waiting) {
        waiting = rows[0].waiting
        stableSince = Date.now()
      }
    }
    await session.query("COMMIT")
    return await pending
  } finally {
    await session.end()
  }
}

/** The company module's service, typed. */
export function companyModule(container: MedusaContainer) {
  return container.resolve<CompanyModuleService>(COMPANY_MODULE)
}

/** The company's commitments, straight from the ledger table. */
export async function ledger(container: MedusaContainer, companyId: string) {
  return container.resolve<CompanyModuleService>(COMPANY_MODULE).listSpendCommitments(
    { company_id: companyId },
    { order: { created_at: "ASC" } }
  )
}

/** What the authorization matrix needs for the checkout and order routes. */
export type CheckoutFixtures = {
  /** A new open cart (one line item) of the caller: a guest cart when the caller has no token. */
  freshCart: (actor: string) => Promise<string>
  /** An order placed by each company's buyer (on account, standard delivery). */
  orders: { A: string; B: string }
}

/**
 * Builds CheckoutFixtures for two companies whose buyers can check out (active, PO not required):
 * places one order per company and waits until the order.placed subscriber has filed it, so the
 * database snapshot taken after beforeAll holds no half-recorded order.
 */
export async function checkoutFixtures(
  api: Api,
  key: string,
  container: MedusaContainer,
  f: {
    A: { id: string; addressId: string; buyer: { token: string } }
    B: { id: string; addressId: string; buyer: { token: string } }
    tokens: Record<string, string | undefined>
  }
): Promise<CheckoutFixtures> {
  const { data: regions } = await api.get("/store/regions", storeHeaders(key))
  const eur = regions.regions.find((r: any) => r.currency_code === "eur").id
  const { data: products } = await api.get("/store/products?handle=paper-filters-v60", storeHeaders(key))
  const variantId: string = products.products[0].variants[0].id

  const freshCart = async (actor: string) => {
    const auth = storeHeaders(key, f.tokens[actor])
    const { data } = await api.post("/store/carts", { region_id: eur }, auth)
    await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, auth)
    return data.cart.id as string
  }

  const orders = {} as CheckoutFixtures["orders"]
  for (const which of ["A", "B"] as const) {
    const company = f[which]
    const cartId = await readyCart(api, key, company.buyer.token, {
      regionId: eur,
      items: [{ variant_id: variantId, quantity: 1 }],
      provider: ON_ACCOUNT,
      trade: { company_address_id: company.addressId },
    })
    const placed = await complete(api, key, company.buyer.token, cartId)
    if (placed.data.type !== "order") {
      throw new Error(`checkoutFixtures: company ${which}'s order was refused: ${JSON.stringify(placed.data)}`)
    }
    orders[which] = placed.data.order.id
    // The subscriber's last write is the order's metadata.
    await eventually(
      async () =>
        (
          await container.resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: "order",
            fields: ["metadata"],
            filters: { id: orders[which] },
          })
        ).data[0]?.metadata,
      (metadata: any) => metadata?.payment_terms !== undefined
    )
  }
  return { freshCart, orders }
}
