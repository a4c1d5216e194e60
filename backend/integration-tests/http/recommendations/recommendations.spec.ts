import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  GERMAN_ADDRESS,
  failure,
  productByHandle,
  publishableKey,
  regionId,
  shipAndPay,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"

type Line = { handle: string; variant?: number }

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    const keys = { consumer: "", trade: "" }
    const ids: Record<string, string> = {}
    let canceledOrderId: string

    /** A guest order through the store API, as the storefront places it: one line per entry. */
    async function placeOrder(channel: "consumer" | "trade", lines: Line[]): Promise<string> {
      try {
        return await placeOrderOrThrow(channel, lines)
      } catch (error: any) {
        throw new Error(
          `placeOrder(${channel}): ${error?.response?.status} ${JSON.stringify(error?.response?.data ?? error?.message)}`
        )
      }
    }

    /**
     * An order in the Trade channel, created with Medusa's own order workflow: trade checkout needs
     * a company account and pay-on-account, which the company-accounts suites cover.
     */
    async function placeTradeOrder(handles: string[]): Promise<string> {
      const lines = await Promise.all(handles.map((handle) => productByHandle(api, keys.trade, handle)))
      const [sc] = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Trade" })
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: await regionId(api, keys.trade, "eur"),
          sales_channel_id: sc.id,
          email: "buyer@cafe.example",
          status: "pending",
          shipping_address: GERMAN_ADDRESS,
          billing_address: GERMAN_ADDRESS,
          items: lines.map((product: any) => ({
            variant_id: product.variants[0].id,
            quantity: 1,
            title: product.title,
            unit_price: 10,
          })),
        },
      })
      return result.id
    }

    async function placeOrderOrThrow(channel: "consumer" | "trade", lines: Line[]): Promise<string> {
      const auth = storeHeaders(keys[channel])
      const region = await regionId(api, keys[channel], "eur")
      const { data } = await api.post("/store/carts", { region_id: region, email: "guest@example.com" }, auth)
      const cartId: string = data.cart.id
      for (const line of lines) {
        const product = await productByHandle(api, keys[channel], line.handle)
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: product.variants[line.variant ?? 0].id, quantity: 1 },
          auth
        )
      }
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: GERMAN_ADDRESS, billing_address: GERMAN_ADDRESS },
        auth
      )
      await shipAndPay(api, auth, cartId, "pp_system_default")
      const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, auth)
      if (done.type !== "order") throw new Error(`cart ${cartId} not completed: ${JSON.stringify(done.error ?? done)}`)
      return done.order.id
    }

    const boughtWith = async (channel: "consumer" | "trade", handle: string, query = "") => {
      const { data } = await api.get(
        `/store/products/${ids[handle]}/bought-together${query}`,
        storeHeaders(keys[channel])
      )
      return data.products.map((p: any) => [p.handle, p.orders])
    }

    beforeAll(async () => {
      keys.consumer = await publishableKey(api, "consumer")
      keys.trade = await publishableKey(api, "trade")
      for (const handle of [
        "kenya-nyeri-aa",
        "chemex-6-cup",
        "chemex-filters",
        "discovery-gift-box",
        "hario-v60-dripper",
        "house-espresso-blend-5kg",
      ]) {
        const key = handle === "house-espresso-blend-5kg" ? keys.trade : keys.consumer
        ids[handle] = (await productByHandle(api, key, handle)).id
      }
      await placeOrder("consumer", [
        { handle: "kenya-nyeri-aa" },
        { handle: "chemex-6-cup" },
        { handle: "chemex-filters" },
      ])
      await placeOrder("consumer", [{ handle: "kenya-nyeri-aa" }, { handle: "chemex-6-cup" }])
      // Two sizes of one coffee in one order: the order counts once.
      await placeOrder("consumer", [
        { handle: "kenya-nyeri-aa", variant: 0 },
        { handle: "kenya-nyeri-aa", variant: 1 },
        { handle: "discovery-gift-box" },
      ])
      await placeOrder("consumer", [{ handle: "chemex-6-cup" }, { handle: "chemex-filters" }])
      canceledOrderId = await placeOrder("consumer", [{ handle: "kenya-nyeri-aa" }, { handle: "chemex-filters" }])
      await getContainer().resolve(Modules.ORDER).cancel(canceledOrderId)
      // Trade channel: counts for the trade site only.
      await placeTradeOrder(["kenya-nyeri-aa", "house-espresso-blend-5kg", "hario-v60-dripper"])
    })

    it("counts the orders each other product shares with this one, most often first, itself excluded", async () => {
      const answer = await boughtWith("consumer", "kenya-nyeri-aa")
      expect(answer[0]).toEqual(["chemex-6-cup", 2])
      expect(answer.slice(1).sort()).toEqual([
        ["chemex-filters", 1],
        ["discovery-gift-box", 1],
      ])
      expect(await boughtWith("consumer", "discovery-gift-box")).toEqual([["kenya-nyeri-aa", 1]])
      expect(await boughtWith("consumer", "kenya-nyeri-aa", "?limit=1")).toEqual([["chemex-6-cup", 2]])
    })

    it("ignores canceled orders", async () => {
      // Without the canceled order kenya + filters were bought together once, not twice.
      expect((await boughtWith("consumer", "chemex-filters")).sort()).toEqual([
        ["chemex-6-cup", 2],
        ["kenya-nyeri-aa", 1],
      ])
    })

    it("counts only the key's sales channel and lists only products that channel sells", async () => {
      const trade = await boughtWith("trade", "kenya-nyeri-aa")
      expect(trade.sort()).toEqual([
        ["hario-v60-dripper", 1],
        ["house-espresso-blend-5kg", 1],
      ])
      const consumer = (await boughtWith("consumer", "kenya-nyeri-aa")).map(([handle]: [string]) => handle)
      expect(consumer).not.toContain("hario-v60-dripper")
      expect(consumer).not.toContain("house-espresso-blend-5kg")

      // A product the channel stops selling disappears from its answers.
      const products = getContainer().resolve(Modules.PRODUCT)
      await products.updateProducts(ids["chemex-6-cup"], { status: "draft" })
      expect((await boughtWith("consumer", "kenya-nyeri-aa")).map(([h]: [string]) => h)).not.toContain("chemex-6-cup")
      await products.updateProducts(ids["chemex-6-cup"], { status: "published" })
    })

    it("a product outside the key's channel, an unknown product and a bad limit are refused", async () => {
      const giftViaTrade = await failure(
        api.get(`/store/products/${ids["discovery-gift-box"]}/bought-together`, storeHeaders(keys.trade))
      )
      expect(giftViaTrade.status).toBe(404)
      const unknown = await failure(api.get("/store/products/prod_nope/bought-together", storeHeaders(keys.consumer)))
      expect(unknown.status).toBe(404)
      const badLimit = await failure(
        api.get(`/store/products/${ids["kenya-nyeri-aa"]}/bought-together?limit=0`, storeHeaders(keys.consumer))
      )
      expect(badLimit.status).toBe(400)
      expect(badLimit.data.message).toContain("limit")
      const noKey = await failure(api.get(`/store/products/${ids["kenya-nyeri-aa"]}/bought-together`))
      expect(noKey.status).toBe(400)
      expect(await boughtWith("consumer", "hario-v60-dripper")).toEqual([])
    })
  },
})
