import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../src/constants"
import type QuoteModuleService from "../../src/modules/quote/service"
import {
  type ActiveCompany,
  activeCompany,
  addEmployee,
  type Api,
  type Member,
  productByHandle,
  storeHeaders,
  storeSetup,
} from "@hybrid/test-kit/fixtures"

/** The merchant address quote notifications go to (QuotesOptions.merchantEmail default). */
export const MERCHANT_EMAIL = "sales@example.com"

/** A variant of the demo catalog by product handle and SKU: id and the caller's calculated price. */
export async function variant(api: Api, key: string, regionId: string, handle: string, sku: string, token?: string) {
  const product = await productByHandle(api, key, handle, { regionId, token })
  const found = product.variants.find((v: any) => v.sku === sku)
  return { id: found.id as string, price: found.calculated_price?.calculated_amount as number }
}

/** A new cart of the caller with these items; returns its id. */
export async function cartWith(
  api: Api,
  key: string,
  token: string,
  region: string,
  items: { variant_id: string; quantity: number }[]
): Promise<string> {
  const auth = storeHeaders(key, token)
  const { data } = await api.post("/store/carts", { region_id: region }, auth)
  for (const item of items) {
    await api.post(`/store/carts/${data.cart.id}/line-items`, item, auth)
  }
  return data.cart.id
}

/** POST /store/quotes from a new cart with these items; returns the quote JSON. */
export async function requestQuote(
  api: Api,
  key: string,
  token: string,
  region: string,
  items: { variant_id: string; quantity: number }[],
  message = "Could you do a better price for these?"
) {
  const cartId = await cartWith(api, key, token, region, items)
  const { data } = await api.post("/store/quotes", { cart_id: cartId, message }, storeHeaders(key, token))
  return data.quote
}

/** An ISO date-time `days` from now. */
export const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

/** POST /admin/quotes/:id/send; returns the quote JSON. */
export async function sendOffer(api: Api, admin: object, quoteId: string, body: Record<string, unknown>) {
  const { data } = await api.post(`/admin/quotes/${quoteId}/send`, { expires_at: inDays(7), ...body }, admin)
  return data.quote
}

/** A quote requested by `token` for the items and sent back with the same lines at `prices` (by variant). */
export async function sentQuote(
  api: Api,
  key: string,
  admin: object,
  token: string,
  region: string,
  items: { variant_id: string; quantity: number; unit_price: number }[]
) {
  const quote = await requestQuote(
    api,
    key,
    token,
    region,
    items.map(({ variant_id, quantity }) => ({ variant_id, quantity }))
  )
  return sendOffer(api, admin, quote.id, {
    lines: quote.lines.map((line: any) => {
      const offered = items.find((i) => i.variant_id === line.variant_id)!
      return { id: line.id, quantity: offered.quantity, unit_price: offered.unit_price }
    }),
  })
}

/** The quote module's service (to move an expiry into the past, or read raw rows). */
export function quoteModule(container: MedusaContainer) {
  return container.resolve<QuoteModuleService>(QUOTE_MODULE)
}

/** Notifications recorded by the Notification Module, filtered by recipient and template. */
export async function notifications(container: MedusaContainer, filter: { to?: string; template: string }) {
  return container
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .listNotifications(filter, { order: { created_at: "ASC" } })
}

/** The orders a customer has placed, with their items. */
export async function ordersOf(container: MedusaContainer, customerId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "metadata",
      "items.variant_id",
      "items.unit_price",
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { customer_id: customerId },
  })
  return data
}

/** The customer id behind a store token (GET /store/customers/me). */
export async function customerIdOf(api: Api, key: string, token: string): Promise<string> {
  const { data } = await api.get("/store/customers/me", storeHeaders(key, token))
  return data.customer.id
}

/** What both quote specs start from: the demo catalog, two active companies, and company A's team. */
export type QuoteWorld = {
  key: string
  eur: string
  usd: string
  A: ActiveCompany
  B: ActiveCompany
  /** A second buyer of company A (sees only their own quotes). */
  colleague: Member
  viewer: Member
  huila1kg: { id: string; price: number }
  huila250: { id: string; price: number }
  merchant: { headers: Record<string, string> }
}

/** Builds a QuoteWorld; `prefix` names the companies (`<prefix>-alpha`, `<prefix>-beta`). */
export async function quoteWorld(api: Api, container: MedusaContainer, prefix: string): Promise<QuoteWorld> {
  const { tradeKey: key, eur, usd, admin: merchant } = await storeSetup(api)
  const A = await activeCompany(api, key, container, merchant, `${prefix}-alpha`)
  const B = await activeCompany(api, key, container, merchant, `${prefix}-beta`)
  const colleague = await addEmployee(api, key, container, A.admin.token, `colleague@${prefix}-alpha.example`, "buyer")
  const viewer = await addEmployee(api, key, container, A.admin.token, `viewer@${prefix}-alpha.example`, "viewer")
  const huila1kg = await variant(api, key, eur, "colombia-huila", "COLOMBIA-HUILA-1KG", A.buyer.token)
  const huila250 = await variant(api, key, eur, "colombia-huila", "COLOMBIA-HUILA-250G", A.buyer.token)
  return {
    key,
    eur,
    usd,
    A,
    B,
    colleague,
    viewer,
    huila1kg,
    huila250,
    merchant,
  }
}
