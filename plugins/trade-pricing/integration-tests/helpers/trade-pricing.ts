import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createPriceListPricesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { applyForTrade, approve, failure, type Api } from "@hybrid/test-kit/fixtures"

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
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
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

/** A test product (see `createTestProducts`) with its prices in the provisioned "Trade prices" list (eur). */
export type TradePricedProduct = Parameters<typeof createTestProducts>[1][number] & {
  trade?: { amount: number; min_quantity?: number }[]
}

/**
 * The test products of a pricing spec and their "Trade prices" (the general trade list, each price
 * from its `min_quantity` up): the variants by SKU and the list's id.
 */
export async function tradePricedProducts(
  container: MedusaContainer,
  products: TradePricedProduct[]
): Promise<{ variants: Record<string, TestVariant>; tradeList: string }> {
  const variants = await createTestProducts(container, products)
  const tradeList = await tradeListId(container)
  await addListPrices(
    container,
    tradeList,
    products.flatMap((p) => (p.trade ?? []).map((price) => ({ variant_id: variants[p.sku].id, ...price })))
  )
  return { variants, tradeList }
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
