import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { call, complete, readyCart, storeHeaders, SYSTEM_PROVIDER } from "@hybrid/test-kit/fixtures"
import { Modules } from "@medusajs/framework/utils"
import { approvedBuyer, type Buyer, type TestVariant, tradePricedProducts } from "../helpers/trade-pricing"

const DAY = 24 * 60 * 60 * 1000

/**
 * The order boundary's price and quantity re-derivation at cart completion: a line's unit price must
 * be what its customer gets now (expired company contract, expired consumer sale → 409 naming the
 * line and its current price; "Update prices" then lets the order through at the current price),
 * and the quantity rules hold per variant summed over the cart when the order is placed, whatever
 * changed the cart or the rule after the lines were added.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let v: Record<string, TestVariant>
    let alpha: Buyer
    let contractList: string

    beforeAll(async () => {
      const container = getContainer()
      ;({ variants: v } = await tradePricedProducts(container, [
        { sku: "OB-FILTERS", eur: 37.4, trade: [{ amount: 28.1 }] },
        { sku: "OB-CASE", eur: 10, trade: [{ amount: 8 }] },
        { sku: "OB-SALE", eur: 20 },
      ]))
      alpha = await approvedBuyer(api, store.tradeKey, store.admin, "boundary-alpha")
      const { data } = await api.post(
        `/admin/trade-pricing/companies/${alpha.companyId}/price-list`,
        {
          title: "Alpha contract",
          ends_at: new Date(Date.now() + 30 * DAY).toISOString(),
          prices: [{ variant_id: v["OB-FILTERS"].id, currency_code: "eur", amount: 13.37 }],
        },
        store.admin
      )
      contractList = data.price_list.id
      await api.post(
        "/admin/trade-pricing/quantity-rules",
        { variant_id: v["OB-CASE"].id, min_quantity: 12, increment: 6, max_quantity: 60 },
        store.admin
      )
    })

    const lineOf = async (key: string, token: string | undefined, cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=*items`, storeHeaders(key, token))
      return data.cart.items as { id: string; variant_sku: string; unit_price: number; quantity: number }[]
    }
    /** A new payment session (a refresh re-prices the cart, so the storefront pays again). */
    const pay = async (key: string, token: string | undefined, cartId: string, provider = SYSTEM_PROVIDER) => {
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders(key, token))
      await api.post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: provider },
        storeHeaders(key, token)
      )
    }
    const refresh = (key: string, token: string | undefined, cartId: string) =>
      call(api.post(`/store/carts/${cartId}/refresh-prices`, {}, storeHeaders(key, token)))

    describe("current prices", () => {
      it("refuses an order at an ended contract price with 409 naming the line and its current price; Update prices lets it through at that price", async () => {
        const cartId = await readyCart(api, store.tradeKey, alpha.token, {
          regionId: store.eur,
          items: [{ variant_id: v["OB-FILTERS"].id, quantity: 2 }],
          provider: SYSTEM_PROVIDER,
        })
        expect((await lineOf(store.tradeKey, alpha.token, cartId))[0].unit_price).toBe(13.37)

        // The contract ends while the cart holds its price.
        await api.post(
          `/admin/price-lists/${contractList}`,
          { ends_at: new Date(Date.now() - 1000).toISOString() },
          store.admin
        )

        const refused = await complete(api, store.tradeKey, alpha.token, cartId)
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("cart_prices_changed")
        expect(refused.data.message).toContain("OB-FILTERS")
        expect(refused.data.message).toContain("€28.10")
        expect(refused.data.lines).toEqual([
          expect.objectContaining({ sku: "OB-FILTERS", quantity: 2, unit_price: 13.37, current_unit_price: 28.1 }),
        ])

        const refreshed = await refresh(store.tradeKey, alpha.token, cartId)
        expect(refreshed.status).toBe(200)
        expect(refreshed.data.cart.items[0].unit_price).toBe(28.1)
        await pay(store.tradeKey, alpha.token, cartId)
        const placed = await complete(api, store.tradeKey, alpha.token, cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.type).toBe("order")
        expect(placed.data.order.items[0].unit_price).toBe(28.1)
      })

      it("refuses a consumer guest's order at an ended sale price (409), and places it at the current price after Update prices", async () => {
        const { data: sale } = await api.post(
          "/admin/price-lists",
          {
            title: "Spring sale",
            description: "Consumer sale",
            type: "sale",
            status: "active",
            prices: [{ variant_id: v["OB-SALE"].id, currency_code: "eur", amount: 12.5 }],
          },
          store.admin
        )
        const cartId = await readyCart(api, store.consumerKey, undefined, {
          regionId: store.eur,
          items: [{ variant_id: v["OB-SALE"].id, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
        })
        expect((await lineOf(store.consumerKey, undefined, cartId))[0].unit_price).toBe(12.5)
        await api.post(
          `/admin/price-lists/${sale.price_list.id}`,
          { ends_at: new Date(Date.now() - 1000).toISOString() },
          store.admin
        )

        const refused = await complete(api, store.consumerKey, undefined, cartId)
        expect(refused.status).toBe(409)
        expect(refused.data.lines).toEqual([
          expect.objectContaining({ sku: "OB-SALE", unit_price: 12.5, current_unit_price: 20 }),
        ])

        expect((await refresh(store.consumerKey, undefined, cartId)).status).toBe(200)
        await pay(store.consumerKey, undefined, cartId)
        const placed = await complete(api, store.consumerKey, undefined, cartId)
        expect(placed.data.type).toBe("order")
        expect(placed.data.order.items[0].unit_price).toBe(20)
      })

      it("Update prices answers 404 for someone else's cart and leaves it unchanged", async () => {
        const cartId = await readyCart(api, store.tradeKey, alpha.token, {
          regionId: store.eur,
          items: [{ variant_id: v["OB-FILTERS"].id, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
        })
        expect((await refresh(store.tradeKey, undefined, cartId)).status).toBe(404)
        expect((await refresh(store.tradeKey, alpha.token, "cart_unknown")).status).toBe(404)
      })
    })

    describe("quantity rules at completion", () => {
      it("refuses a cart whose lines of one variant no longer sum to an allowed quantity (a line removed without the rule hook)", async () => {
        const auth = storeHeaders(store.tradeKey, alpha.token)
        const { data } = await api.post("/store/carts", { region_id: store.eur }, auth)
        const cartId: string = data.cart.id
        // Two lines of one variant (different metadata): 12 + 6 = 18, allowed.
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: v["OB-CASE"].id, quantity: 12, metadata: { x: "a" } },
          auth
        )
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: v["OB-CASE"].id, quantity: 6, metadata: { x: "b" } },
          auth
        )
        const lines = await lineOf(store.tradeKey, alpha.token, cartId)
        expect(lines.map((l) => l.quantity).sort((a, b) => a - b)).toEqual([6, 12])
        // The 12 line disappears by a path that runs no cart hook (written through the cart module).
        await getContainer()
          .resolve(Modules.CART)
          .deleteLineItems([lines.find((l) => l.quantity === 12)!.id])
        await api.post(
          `/store/carts/${cartId}`,
          {
            shipping_address: {
              first_name: "A",
              last_name: "B",
              address_1: "Weg 1",
              city: "Berlin",
              postal_code: "10115",
              country_code: "de",
            },
          },
          auth
        )
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, auth)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, auth)
        await pay(store.tradeKey, alpha.token, cartId)

        const refused = await complete(api, store.tradeKey, alpha.token, cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^quantity: SKU OB-CASE /)
      })

      it("refuses a cart that was allowed when filled but breaks a rule tightened since, and places it once the rule allows it", async () => {
        const cartId = await readyCart(api, store.tradeKey, alpha.token, {
          regionId: store.eur,
          items: [{ variant_id: v["OB-CASE"].id, quantity: 12 }],
          provider: SYSTEM_PROVIDER,
        })
        await api.post(
          "/admin/trade-pricing/quantity-rules",
          { variant_id: v["OB-CASE"].id, min_quantity: 24, increment: 12, max_quantity: 120 },
          store.admin
        )
        const refused = await complete(api, store.tradeKey, alpha.token, cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^quantity: SKU OB-CASE /)

        await api.post(
          "/admin/trade-pricing/quantity-rules",
          { variant_id: v["OB-CASE"].id, min_quantity: 12, increment: 6, max_quantity: 60 },
          store.admin
        )
        expect((await complete(api, store.tradeKey, alpha.token, cartId)).data.type).toBe("order")
      })
    })
  },
})
