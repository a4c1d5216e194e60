import { beforeAll, describe, expect, it } from "vitest"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  call,
  cartQuantities,
  complete,
  consumerAccount,
  GERMAN_ADDRESS,
  newCart,
  productByHandle,
  readyCart,
  registerCustomer,
  shipAndPay,
  storeHeaders,
  SYSTEM_PROVIDER,
  tradeCart,
} from "@hybrid/test-kit/fixtures"
import { approvedBuyer, type Buyer } from "../helpers/trade-pricing"

/**
 * Issue 13, cart changes: every change of a trade cart keeps the rules, not only adds and updates.
 * - item 1: deleting a line keeps the quantity rules over the lines left (CHEMEX-FILTERS: 12–60 in
 *   steps of 6);
 * - item 2: a cart's sales channel stays inside the publishable key's channels, and only a signed-in
 *   trade account's own cart enters the Trade channel;
 * - item 5: the trade key lets anyone browse the catalog, but carts (and so orders) in the Trade
 *   channel are for signed-in trade accounts; completion re-checks it (the "trade-channel" guard).
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let A: Buyer
    let B: Buyer
    let consumerToken: string
    let filters: string
    let brewer: string
    let channels: { trade: string; consumer: string }
    let tradeGroup: string

    beforeAll(async () => {
      const container = getContainer()
      A = await approvedBuyer(api, store.tradeKey, store.admin, "cartrules-a")
      B = await approvedBuyer(api, store.tradeKey, store.admin, "cartrules-b")
      consumerToken = await consumerAccount(api, store.consumerKey, "consumer.cartrules@example.com")
      filters = (await productByHandle(api, store.tradeKey, "chemex-filters")).variants[0].id
      brewer = (await productByHandle(api, store.tradeKey, "batch-brewer-commercial")).variants[0].id
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
      channels = {
        trade: data.find((c) => c.name === "Trade")!.id,
        consumer: data.find((c) => c.name === "Consumer")!.id,
      }
      const { data: groups } = await query.graph({
        entity: "customer_group",
        fields: ["id"],
        filters: { name: "Trade" },
      })
      tradeGroup = groups[0].id
    })

    const RULE = "quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60"
    const cartState = async (cartId: string, key = store.tradeKey, token?: string) => {
      const { data } = await api.get(
        `/store/carts/${cartId}?fields=sales_channel_id,customer_id,items.id,items.quantity,items.metadata`,
        storeHeaders(key, token)
      )
      return {
        sales_channel_id: data.cart.sales_channel_id as string,
        customer_id: data.cart.customer_id as string | null,
        lines: (data.cart.items as { id: string; quantity: number; metadata: unknown }[])
          .map((i) => ({ id: i.id, quantity: i.quantity, metadata: i.metadata }))
          .sort((a, b) => b.quantity - a.quantity),
      }
    }
    const moveTo = (cartId: string, channel: string, key: string, token?: string) =>
      call(api.post(`/store/carts/${cartId}`, { sales_channel_id: channel }, storeHeaders(key, token)))

    describe("item 1: deleting a line keeps the quantity rules", () => {
      it("refuses to delete the 12 line of 12 {x:a} + 6 {x:b} (6 left), names the SKU and the allowed quantities, and leaves the cart as it was", async () => {
        const auth = storeHeaders(store.tradeKey, A.token)
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        const add = (quantity: number, x: string) =>
          api.post(`/store/carts/${cart.id}/line-items`, { variant_id: filters, quantity, metadata: { x } }, auth)
        await add(12, "a")
        await add(6, "b")
        const before = await cartState(cart.id, store.tradeKey, A.token)
        expect(before.lines.map((l) => [l.quantity, l.metadata])).toEqual([
          [12, { x: "a" }],
          [6, { x: "b" }],
        ])
        const twelve = before.lines[0].id
        const six = before.lines[1].id

        const refused = await call(api.delete(`/store/carts/${cart.id}/line-items/${twelve}`, auth))
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({
          type: "invalid_data",
          message: `${RULE} (the cart would hold 6) (nearest allowed: 12, 18)`,
        })
        expect(await cartState(cart.id, store.tradeKey, A.token)).toEqual(before)

        // Setting the line to 0 is a removal too (Medusa deletes the line): refused alike.
        const zero = await call(api.post(`/store/carts/${cart.id}/line-items/${twelve}`, { quantity: 0 }, auth))
        expect(zero.status).toBe(400)
        expect(zero.data.message).toBe(`${RULE} (the cart would hold 6) (nearest allowed: 12, 18)`)
        expect(await cartState(cart.id, store.tradeKey, A.token)).toEqual(before)

        // Deleting the 6 line leaves 12 (allowed); deleting the last line empties the cart (allowed).
        expect((await call(api.delete(`/store/carts/${cart.id}/line-items/${six}`, auth))).status).toBe(200)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({ "CHEMEX-FILTERS": 12 })
        expect((await call(api.delete(`/store/carts/${cart.id}/line-items/${twelve}`, auth))).status).toBe(200)
        expect(await cartQuantities(api, store.tradeKey, cart.id, A.token)).toEqual({})
      })

      it("applies to a trade buyer's cart on the consumer key too, and to no consumer's cart", async () => {
        const split = async (key: string, token?: string) => {
          const cart = await newCart(api, key, store.eur, token)
          for (const [quantity, x] of [
            [12, "a"],
            [6, "b"],
          ] as const) {
            await api.post(
              `/store/carts/${cart.id}/line-items`,
              { variant_id: filters, quantity, metadata: { x } },
              storeHeaders(key, token)
            )
          }
          const { lines } = await cartState(cart.id, key, token)
          return call(api.delete(`/store/carts/${cart.id}/line-items/${lines[0].id}`, storeHeaders(key, token)))
        }
        expect((await split(store.consumerKey, A.token)).status).toBe(400)
        expect((await split(store.consumerKey)).status).toBe(200)
        expect((await split(store.consumerKey, consumerToken)).status).toBe(200)
      })
    })

    describe("item 2: a cart's sales channel", () => {
      it("stays inside the publishable key's channels: 400 naming sales_channel_id on create and update", async () => {
        // Medusa checks this on create (its own error list), and nowhere on update.
        const created = await call(
          api.post(
            "/store/carts",
            { region_id: store.eur, sales_channel_id: channels.trade },
            storeHeaders(store.consumerKey)
          )
        )
        expect(created.status).toBe(400)
        expect(created.data.errors).toEqual([
          `Sales channel ID in payload ${channels.trade} is not associated with the Publishable API Key in the header.`,
        ])

        const guestCart = await newCart(api, store.consumerKey, store.eur)
        const moved = await moveTo(guestCart.id, channels.trade, store.consumerKey)
        expect(moved.status).toBe(400)
        expect(moved.data.message).toBe(
          `sales_channel_id: ${channels.trade} is not a sales channel of this publishable key (allowed: ${channels.consumer})`
        )
        // The same body on a trade buyer's own cart: the key decides, not who asks.
        const own = await newCart(api, store.consumerKey, store.eur, A.token)
        expect((await moveTo(own.id, channels.trade, store.consumerKey, A.token)).status).toBe(400)
        expect((await cartState(guestCart.id, store.consumerKey)).sales_channel_id).toBe(channels.consumer)
        expect((await cartState(own.id, store.consumerKey, A.token)).sales_channel_id).toBe(channels.consumer)
      })

      it("consumer -> Trade: only the cart's own signed-in trade customer moves it in, with its lines inside the rules", async () => {
        // A guest consumer cart with 13 × CHEMEX-FILTERS (the order), presented with the trade key.
        const guestCart = await newCart(api, store.consumerKey, store.eur)
        await api.post(
          `/store/carts/${guestCart.id}/line-items`,
          { variant_id: filters, quantity: 13 },
          storeHeaders(store.consumerKey)
        )
        const guest = await moveTo(guestCart.id, channels.trade, store.tradeKey)
        expect(guest.status).toBe(401)
        expect(guest.data.message).toBe(
          "Carts in the Trade sales channel are for signed-in trade accounts: sign in first"
        )
        // A signed-in trade buyer cannot pull someone else's (here: a guest's) cart in either.
        const foreign = await moveTo(guestCart.id, channels.trade, store.tradeKey, A.token)
        expect(foreign.status).toBe(403)
        expect(foreign.data.message).toMatch(/^sales_channel_id: only the cart's own signed-in trade customer/)
        expect((await cartState(guestCart.id, store.consumerKey)).sales_channel_id).toBe(channels.consumer)

        // A consumer (no trade account) cannot move their own cart in.
        const consumerCart = await newCart(api, store.consumerKey, store.eur, consumerToken)
        const notTrade = await moveTo(consumerCart.id, channels.trade, store.tradeKey, consumerToken)
        expect(notTrade.status).toBe(403)
        expect(notTrade.data.message).toBe("Carts in the Trade sales channel are for trade accounts only")

        // The trade buyer's own consumer-channel cart moves in; another trade buyer cannot move it.
        const ownCart = await newCart(api, store.consumerKey, store.eur, A.token)
        await api.post(
          `/store/carts/${ownCart.id}/line-items`,
          { variant_id: filters, quantity: 12 },
          storeHeaders(store.consumerKey, A.token)
        )
        expect((await moveTo(ownCart.id, channels.trade, store.tradeKey, B.token)).status).toBe(403)
        const moved = await moveTo(ownCart.id, channels.trade, store.tradeKey, A.token)
        expect(moved.status).toBe(200)
        expect(moved.data.cart.sales_channel_id).toBe(channels.trade)
      })

      it("Trade -> consumer -> back: each move needs the key of the target channel, and back in only for the trade buyer", async () => {
        const auth = storeHeaders(store.tradeKey, A.token)
        const cart = await newCart(api, store.tradeKey, store.eur, A.token)
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: filters, quantity: 12 }, auth)
        // Out with the trade key: the consumer channel is not the trade key's.
        expect((await moveTo(cart.id, channels.consumer, store.tradeKey, A.token)).status).toBe(400)
        // Out with the consumer key (the buyer's own cart): allowed, and the rules still hold there.
        expect((await moveTo(cart.id, channels.consumer, store.consumerKey, A.token)).status).toBe(200)
        const onTop = await call(
          api.post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: filters, quantity: 1 },
            storeHeaders(store.consumerKey, A.token)
          )
        )
        expect(onTop.status).toBe(400)
        // Back: not with the consumer key, not as a guest holding the cart id, only as the buyer.
        expect((await moveTo(cart.id, channels.trade, store.consumerKey, A.token)).status).toBe(400)
        expect((await moveTo(cart.id, channels.trade, store.tradeKey)).status).toBe(401)
        expect((await moveTo(cart.id, channels.trade, store.tradeKey, B.token)).status).toBe(403)
        expect((await moveTo(cart.id, channels.trade, store.tradeKey, A.token)).status).toBe(200)
        expect(await cartState(cart.id, store.tradeKey, A.token)).toMatchObject({
          sales_channel_id: channels.trade,
          lines: [{ quantity: 12 }],
        })
      })
    })

    describe("item 5: what the trade key gives anonymous callers", () => {
      it("catalog yes (trade-only products, base prices); carts no: 401 anonymous, 403 without a trade account", async () => {
        const { status, data } = await api.get(
          `/store/products?handle=batch-brewer-commercial&region_id=${store.eur}&fields=*variants.calculated_price`,
          storeHeaders(store.tradeKey)
        )
        expect(status).toBe(200)
        expect(data.products).toHaveLength(1)
        expect(data.products[0].variants[0].calculated_price.calculated_price?.price_list_type ?? null).not.toBe("sale")

        const anonymous = await call(api.post("/store/carts", { region_id: store.eur }, storeHeaders(store.tradeKey)))
        expect(anonymous.status).toBe(401)
        expect(anonymous.data.message).toBe(
          "Carts in the Trade sales channel are for signed-in trade accounts: sign in first"
        )
        const withItems = await call(
          api.post(
            "/store/carts",
            { region_id: store.eur, items: [{ variant_id: brewer, quantity: 1 }] },
            storeHeaders(store.tradeKey)
          )
        )
        expect(withItems.status).toBe(401)
        const consumer = await call(
          api.post("/store/carts", { region_id: store.eur }, storeHeaders(store.tradeKey, consumerToken))
        )
        expect(consumer.status).toBe(403)
        const buyer = await call(
          api.post("/store/carts", { region_id: store.eur }, storeHeaders(store.tradeKey, A.token))
        )
        expect(buyer.status).toBe(200)
        expect(buyer.data.cart.sales_channel_id).toBe(channels.trade)
      })

      it("a trade buyer orders in the Trade channel; a consumer guest still orders with the consumer key", async () => {
        const tradeCart = await readyCart(api, store.tradeKey, A.token, {
          regionId: store.eur,
          items: [{ variant_id: brewer, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
        })
        expect((await complete(api, store.tradeKey, A.token, tradeCart)).data.type).toBe("order")
        const guestCart = await readyCart(api, store.consumerKey, undefined, {
          regionId: store.eur,
          items: [{ variant_id: filters, quantity: 1 }],
          provider: SYSTEM_PROVIDER,
        })
        expect((await complete(api, store.consumerKey, undefined, guestCart)).data.type).toBe("order")
      })

      it("completion refuses a Trade-channel cart without customer, and one whose customer lost trade access (403)", async () => {
        // A guest cart in the Trade channel can no longer be made over HTTP; one made by a workflow
        // (or before this rule) is still refused when it is ordered.
        const { result } = await createCartWorkflow(getContainer()).run({
          input: {
            region_id: store.eur,
            sales_channel_id: channels.trade,
            email: "guest@example.com",
            items: [{ variant_id: brewer, quantity: 1 }],
          },
        })
        const ready = async (cartId: string, token?: string) => {
          const auth = storeHeaders(store.tradeKey, token)
          await api.post(
            `/store/carts/${cartId}`,
            { shipping_address: GERMAN_ADDRESS, billing_address: GERMAN_ADDRESS },
            auth
          )
          await shipAndPay(api, auth, cartId, SYSTEM_PROVIDER)
        }
        await ready(result.id)
        const guest = await complete(api, store.tradeKey, undefined, result.id)
        expect(guest.status).toBe(403)
        expect(guest.data.message).toBe(
          "This cart is in the Trade sales channel but belongs to no signed-in customer: sign in with a trade account to order"
        )

        // A trade customer by group membership alone (no company) fills a cart, then loses the group.
        const token = await registerCustomer(api, store.consumerKey, {
          email: "lapsed.trade@example.com",
          password: "secret-pass",
          first_name: "Lap",
          last_name: "Sed",
        })
        const { data: me } = await api.get("/store/customers/me", storeHeaders(store.consumerKey, token))
        await api.post(`/admin/customer-groups/${tradeGroup}/customers`, { add: [me.customer.id] }, store.admin)
        const cart = await newCart(api, store.tradeKey, store.eur, token)
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: brewer, quantity: 1 },
          storeHeaders(store.tradeKey, token)
        )
        await ready(cart.id, token)
        await api.post(`/admin/customer-groups/${tradeGroup}/customers`, { remove: [me.customer.id] }, store.admin)
        const lapsed = await complete(api, store.tradeKey, token, cart.id)
        expect(lapsed.status).toBe(403)
        expect(lapsed.data.message).toBe(
          "This cart is in the Trade sales channel and its customer no longer holds a trade account"
        )
      })

      it("a cart in the Trade channel is taken over only by a trade account", async () => {
        const { result } = await createCartWorkflow(getContainer()).run({
          input: {
            region_id: store.eur,
            sales_channel_id: channels.trade,
            items: [{ variant_id: brewer, quantity: 1 }],
          },
        })
        const takeOver = (token: string) =>
          call(api.post(`/store/carts/${result.id}/customer`, {}, storeHeaders(store.tradeKey, token)))
        expect((await takeOver(consumerToken)).status).toBe(403)
        expect((await takeOver(A.token)).status).toBe(200)
      })
    })
  },
})
