import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { adminHeaders, call, complete, ON_ACCOUNT, shipAndPay, storeHeaders } from "@hybrid/test-kit/fixtures"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { ordersOf, customerIdOf, quoteModule, quoteWorld, sentQuote, type QuoteWorld } from "../helpers/quotes"

/**
 * Which carts the "quotes" checkout guard treats as quote carts: those the quote workflows made
 * (recorded by the plugin, whatever the cart's metadata says later) or that claim a quote — not
 * every cart with custom prices. A cart another flow priced server-side completes; a quote's cart
 * stripped of every quote mark still completes only by accepting the quote.
 */
integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    let buyerId: string

    beforeAll(async () => {
      world = await quoteWorld(api, getContainer(), "quote-carts")
      buyerId = await customerIdOf(api, world.key, world.A.buyer.token)
    })

    const store = (token?: string) => storeHeaders(world.key, token)
    /** Address, delivery and an on-account session on a cart of company A's buyer. */
    const checkout = async (cartId: string) => {
      const auth = store(world.A.buyer.token)
      await api.post(
        `/store/companies/me/carts/${cartId}/trade-details`,
        { company_address_id: world.A.addressId },
        auth
      )
      await shipAndPay(api, auth, cartId, ON_ACCOUNT)
    }

    it("completes a trade buyer's cart whose custom prices another flow set server-side", async () => {
      const container = getContainer()
      const { data: channels } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "sales_channel", fields: ["id"], filters: { name: "Trade" } })
      const { result } = await createCartWorkflow(container).run({
        input: {
          region_id: world.eur,
          sales_channel_id: channels[0].id,
          customer_id: buyerId,
          items: [{ variant_id: world.huila1kg.id, quantity: 2, unit_price: 11.11 }],
        },
      })
      await checkout(result.id)
      const placed = await complete(api, world.key, world.A.buyer.token, result.id)
      expect(placed.status).toBe(200)
      expect(placed.data.type).toBe("order")
      expect(placed.data.order.items[0].unit_price).toBe(11.11)
    })

    it("refuses a quote's cart stripped of every quote mark and no longer named by the quote; accepting still orders", async () => {
      const container = getContainer()
      const admin = await adminHeaders(api)
      const quote = await sentQuote(api, world.key, admin, world.A.buyer.token, world.eur, [
        { variant_id: world.huila1kg.id, quantity: 10, unit_price: 19.5 },
      ])
      const prepared = await call(
        api.post(
          `/store/quotes/${quote.id}/cart`,
          { company_address_id: world.A.addressId },
          store(world.A.buyer.token)
        )
      )
      expect(prepared.status).toBe(200)
      const cartId: string = prepared.data.cart_id

      // The client removes quote_id from the cart and the quote marks from its line...
      const auth = store(world.A.buyer.token)
      const { data } = await api.get(`/store/carts/${cartId}?fields=metadata,*items`, auth)
      await api.post(`/store/carts/${cartId}`, { metadata: { ...data.cart.metadata, quote_id: null } }, auth)
      const line = data.cart.items[0]
      await api.post(
        `/store/carts/${cartId}/line-items/${line.id}`,
        { quantity: line.quantity, metadata: { quote_id: null, quote_line_id: null } },
        auth
      )
      // ...and the quote moves on to another cart (as after a new counter-offer).
      await quoteModule(container).updateQuotes({ id: quote.id, accept_cart_id: null })
      const { data: stripped } = await api.get(`/store/carts/${cartId}?fields=metadata,*items`, auth)
      expect(stripped.cart.items[0]).toMatchObject({ unit_price: 19.5, is_custom_price: true })
      expect(stripped.cart.metadata?.quote_id ?? null).toBeNull()
      expect(stripped.cart.items[0].metadata?.quote_line_id ?? null).toBeNull()

      await checkout(cartId)
      const refused = await complete(api, world.key, world.A.buyer.token, cartId)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/quoted prices: a quote is ordered only by accepting it/)
      expect(await ordersOf(container, buyerId)).toEqual([])

      const accepted = await call(
        api.post(`/store/quotes/${quote.id}/accept`, { company_address_id: world.A.addressId }, auth)
      )
      expect(accepted.status).toBe(200)
      const orders = await ordersOf(container, buyerId)
      expect(orders).toHaveLength(1)
      expect(orders[0].items?.[0]).toMatchObject({ unit_price: 19.5, quantity: 10 })
    })
  },
})
