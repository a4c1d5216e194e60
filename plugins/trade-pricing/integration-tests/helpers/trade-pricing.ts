import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createPriceListPricesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  PLUGIN_TEST_BACKEND_DIR,
  adminHeaders,
  applyForTrade,
  approve,
  failure,
  storeHeaders,
  type Api,
} from "../../../company-accounts/integration-tests/helpers/company-accounts"

// The backend's store helpers and the admin sign-in, as the company-accounts suite has them.
export {
  DEMO,
  adminHeaders,
  customerToken,
  failure,
  productByHandle,
  provisionDemo,
  publishableKey,
  regionId,
  registerCustomer,
  storeHeaders,
} from "../../../company-accounts/integration-tests/helpers/company-accounts"
export type { Api }

/** The backend app the plugin's integration tests boot (medusaIntegrationTestRunner's `cwd`). */
export const BACKEND_DIR = PLUGIN_TEST_BACKEND_DIR

export type Headers = { headers: Record<string, string> }

export type TestVariant = { id: string; sku: string; productId: string; handle: string }

/**
 * Products for pricing tests (one variant each, no inventory management so quantities are free),
 * with base (consumer) prices in eur and usd, sold in the given channels.
 */
export async function createTestProducts(
  container: MedusaContainer,
  products: { sku: string; eur: number; usd?: number; channels?: ("Consumer" | "Trade")[] }[]
): Promise<Record<string, TestVariant>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((p) => ({
        title: `Test ${p.sku}`,
        handle: p.sku.toLowerCase(),
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profiles[0].id,
        sales_channels: channels
          .filter((c) => (p.channels ?? ["Consumer", "Trade"]).includes(c.name as "Consumer" | "Trade"))
          .map((c) => ({ id: c.id })),
        options: [{ title: "Size", values: ["One"] }],
        variants: [
          {
            title: `${p.sku} variant`,
            sku: p.sku,
            manage_inventory: false,
            options: { Size: "One" },
            prices: [
              { currency_code: "eur", amount: p.eur },
              { currency_code: "usd", amount: p.usd ?? p.eur },
            ],
          },
        ],
      })),
    },
  })
  return Object.fromEntries(
    result.map((product) => {
      const variant = product.variants[0]
      return [variant.sku!, { id: variant.id, sku: variant.sku!, productId: product.id, handle: product.handle! }]
    })
  )
}

/** The id of the provisioned "Trade prices" list. */
export async function tradeListId(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "price_list", fields: ["id"], filters: { title: "Trade prices" } })
  return data[0].id
}

/** Adds eur prices (amount from min_quantity up) to an existing list. */
export async function addListPrices(
  container: MedusaContainer,
  listId: string,
  prices: { variant_id: string; amount: number; min_quantity?: number; currency_code?: string }[]
) {
  await createPriceListPricesWorkflow(container).run({
    input: {
      data: [
        {
          id: listId,
          prices: prices.map((p) => ({
            variant_id: p.variant_id,
            currency_code: p.currency_code ?? "eur",
            amount: p.amount,
            min_quantity: p.min_quantity ?? 1,
          })),
        },
      ],
    },
  })
}

export type Buyer = { companyId: string; token: string; email: string }

/** An approved company (own customer group, in the Trade group) and its signed-in admin buyer. */
export async function approvedBuyer(api: Api, key: string, admin: Headers, slug: string): Promise<Buyer> {
  const applied = await applyForTrade(api, key, slug)
  await approve(api, admin, applied.application.company_id)
  return { companyId: applied.application.company_id, token: applied.token, email: applied.email }
}

/** POST that is expected to fail, as { status, data }. */
export const fails = failure

/** A new cart of the caller in the region (guest when no token). */
export async function newCart(api: Api, key: string, regionId: string, token?: string, extra: object = {}) {
  const { data } = await api.post("/store/carts", { region_id: regionId, ...extra }, storeHeaders(key, token))
  return data.cart as { id: string; items: any[] }
}

/** The cart's lines as { sku: quantity }. */
export async function cartQuantities(api: Api, key: string, cartId: string, token?: string) {
  const { data } = await api.get(`/store/carts/${cartId}?fields=items.quantity,items.variant_sku,items.unit_price`, storeHeaders(key, token))
  return Object.fromEntries((data.cart.items ?? []).map((i: any) => [i.variant_sku, Number(i.quantity)]))
}

/** Polls `read` until `done` holds. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000) {
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
