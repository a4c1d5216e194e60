import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  activeCompany,
  type ActiveCompany,
  call,
  complete,
  createFixedTotalProduct,
  ON_ACCOUNT,
  readyCart,
  shipAndPay,
  storeHeaders,
  SYSTEM_PROVIDER,
} from "@hybrid/test-kit/fixtures"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow, createPriceListPricesWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The order boundary where a company is involved: a buyer removed from their company never orders
 * at the trade price they filled the cart with; pay on account is listed and accepted only for
 * those who may use it; a cart with custom prices set server-side by a flow other than quotes
 * completes like any cart.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let filters: string
    let company: ActiveCompany

    beforeAll(async () => {
      const container = getContainer()
      filters = (await createFixedTotalProduct(container, { handle: "boundary-filters", eurTotal: 50 })).variantId
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: lists } = await query.graph({
        entity: "price_list",
        fields: ["id"],
        filters: { title: "Trade prices" },
      })
      await createPriceListPricesWorkflow(container).run({
        input: { data: [{ id: lists[0].id, prices: [{ variant_id: filters, currency_code: "eur", amount: 28.1 }] }] },
      })
      company = await activeCompany(api, store.tradeKey, container, store.admin, "boundary-co")
    })

    const unitPrices = async (key: string, token: string | undefined, cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=*items`, storeHeaders(key, token))
      return (data.cart.items as { unit_price: number }[]).map((i) => i.unit_price)
    }
    const providers = async (key: string, token?: string) => {
      const { data } = await api.get(`/store/payment-providers?region_id=${store.eur}`, storeHeaders(key, token))
      return (data.payment_providers as { id: string }[]).map((p) => p.id).sort()
    }

    describe("entitlement", () => {
      it("refuses the order of a buyer removed from the company at the trade price they filled the cart with (403: the cart's company is no longer theirs)", async () => {
        const buyer = company.buyer
        const cartId = await readyCart(api, store.tradeKey, buyer.token, {
          regionId: store.eur,
          items: [{ variant_id: filters, quantity: 2 }],
          provider: SYSTEM_PROVIDER,
          trade: { company_address_id: company.addressId },
        })
        expect(await unitPrices(store.tradeKey, buyer.token, cartId)).toEqual([28.1])

        const removed = await call(
          api.delete(
            `/store/companies/me/employees/${buyer.employeeId}`,
            storeHeaders(store.tradeKey, company.admin.token)
          )
        )
        expect(removed.status).toBe(200)

        // The cart belongs to the company (stamped when it was made): the order boundary refuses it
        // before any guard once its buyer left that company — before the price check, whose 409
        // would only lead to "Update prices" and then this refusal. No order exists.
        const refused = await complete(api, store.tradeKey, buyer.token, cartId)
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/cart_id: this cart belongs to a company you are no longer a member of/)
        const { data } = await api.get(
          `/store/carts/${cartId}?fields=completed_at`,
          storeHeaders(store.tradeKey, buyer.token)
        )
        expect(data.cart.completed_at).toBeNull()
      })

      it("refuses pay on account to a removed buyer even at current prices (the company's cart is no longer theirs)", async () => {
        const buyer = company.buyer
        const cartId = await readyCart(api, store.tradeKey, buyer.token, {
          regionId: store.eur,
          items: [{ variant_id: filters, quantity: 1 }],
          provider: ON_ACCOUNT,
          trade: { company_address_id: company.addressId },
        })
        await api.delete(
          `/store/companies/me/employees/${buyer.employeeId}`,
          storeHeaders(store.tradeKey, company.admin.token)
        )
        const auth = storeHeaders(store.tradeKey, buyer.token)
        expect((await call(api.post(`/store/carts/${cartId}/refresh-prices`, {}, auth))).status).toBe(200)
        expect(await unitPrices(store.tradeKey, buyer.token, cartId)).toEqual([36.77])
        // The refresh changed the total: pay again, on account.
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, auth)
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: ON_ACCOUNT },
          auth
        )
        const refused = await complete(api, store.tradeKey, buyer.token, cartId)
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/no longer a member/)
        expect(
          (await api.get(`/store/carts/${cartId}?fields=completed_at`, auth)).data.cart.completed_at ?? null
        ).toBeNull()
      })
    })

    describe("pay on account (item 7)", () => {
      it("is listed only to employees who may pay on account, never to guests or consumers", async () => {
        expect(await providers(store.consumerKey)).toEqual([SYSTEM_PROVIDER])
        expect(await providers(store.tradeKey)).toEqual([SYSTEM_PROVIDER])
        expect(await providers(store.tradeKey, company.buyer.token)).toEqual([ON_ACCOUNT, SYSTEM_PROVIDER].sort())
      })

      it("a guest who starts an on-account session anyway is refused at completion", async () => {
        const cartId = await readyCart(api, store.consumerKey, undefined, {
          regionId: store.eur,
          items: [{ variant_id: filters, quantity: 1 }],
          provider: ON_ACCOUNT,
        })
        const refused = await complete(api, store.consumerKey, undefined, cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/Payment on account is only available/)
      })
    })

    describe("custom prices outside quotes", () => {
      it("a cart whose custom prices were set server-side by another flow completes at those prices", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: channels } = await query.graph({
          entity: "sales_channel",
          fields: ["id"],
          filters: { name: "Consumer" },
        })
        const { result } = await createCartWorkflow(container).run({
          input: {
            region_id: store.eur,
            sales_channel_id: channels[0].id,
            email: "gift@example.com",
            items: [{ variant_id: filters, quantity: 1, unit_price: 9.99, metadata: { source: "gift-voucher-flow" } }],
          },
        })
        const cartId = result.id
        expect(await unitPrices(store.consumerKey, undefined, cartId)).toEqual([9.99])
        const address = {
          first_name: "Gift",
          last_name: "Card",
          address_1: "Weg 1",
          city: "Berlin",
          postal_code: "10115",
          country_code: "de",
        }
        const auth = storeHeaders(store.consumerKey)
        await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, auth)
        await shipAndPay(api, auth, cartId, SYSTEM_PROVIDER)
        const placed = await complete(api, store.consumerKey, undefined, cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.type).toBe("order")
        expect(placed.data.order.items[0].unit_price).toBe(9.99)
      })
    })
  },
})
