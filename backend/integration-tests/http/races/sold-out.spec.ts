import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SYSTEM_PROVIDER, complete, createStockedProduct, readyCart } from "@hybrid/test-kit/fixtures"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"

/**
 * LOSING A RACE IS AN ANSWER, NOT A 500. Guest checkouts compete for the last units of a variant
 * with managed stock, through the raw store API: exactly as many orders as there are units, every
 * other checkout a 409 that says what to do — `insufficient_inventory` naming the line and what is
 * left, or `try_again` (with Retry-After) when it only met another request's lock — and never an
 * answer ≥ 500. The database is the judge: reservations equal the units sold, stock never
 * negative, one reservation per order line.
 */
const STOCK = 3
const SHOPPERS = 12

integrationSuite({
  testSuite: ({ api, getContainer, store, dbConnection }) => {
    let variantId: string
    let inventoryItemId: string

    const guestCart = (quantity = 1) =>
      readyCart(api, store.consumerKey, undefined, {
        regionId: store.eur,
        items: [{ variant_id: variantId, quantity }],
        provider: SYSTEM_PROVIDER,
      })

    const stockState = async (): Promise<{
      stocked: number
      reserved: number
      reservations: { line_item_id: string; quantity: number }[]
    }> => {
      const levels: { stocked: number; reserved: number } = (
        await dbConnection.raw(
          `SELECT COALESCE(SUM(stocked_quantity), 0)::int AS stocked, COALESCE(SUM(reserved_quantity), 0)::int AS reserved
             FROM inventory_level WHERE inventory_item_id = ? AND deleted_at IS NULL`,
          [inventoryItemId]
        )
      ).rows[0]
      const reservations = (
        await dbConnection.raw(
          `SELECT line_item_id, quantity::int AS quantity FROM reservation_item
            WHERE inventory_item_id = ? AND deleted_at IS NULL`,
          [inventoryItemId]
        )
      ).rows as { line_item_id: string; quantity: number }[]
      return { ...levels, reservations }
    }

    beforeAll(async () => {
      ;({ variant: variantId, item: inventoryItemId } = await createStockedProduct(getContainer(), {
        handle: "last-few",
        units: STOCK,
      }))
    })

    it(`sells ${STOCK} units to ${SHOPPERS} shoppers at once: ${STOCK} orders, every other checkout a 409 naming the line`, async () => {
      const carts: string[] = []
      for (let i = 0; i < SHOPPERS; i++) carts.push(await guestCart())
      const answers = await Promise.all(carts.map((id) => complete(api, store.consumerKey, undefined, id)))

      expect(answers.filter((a) => a.status >= 500)).toEqual([])
      const orders = answers.filter((a) => a.status === 200 && a.data.type === "order")
      expect(orders).toHaveLength(STOCK)
      const refused = answers.filter((a) => a.status !== 200)
      expect(refused).toHaveLength(SHOPPERS - STOCK)
      for (const { status, data } of refused) {
        expect(status).toBe(409)
        expect(["insufficient_inventory", "try_again"]).toContain(data.code)
        if (data.code === "insufficient_inventory") {
          expect(data.message).toBe(
            "Sold out: Last few · One (LAST-FEW): 1 wanted, none left. Change the quantity or remove the line, then place the order again."
          )
          expect(data.lines).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 1, available: 0 })])
        }
      }

      // The database agrees: every unit reserved once, by the orders' own lines, none oversold.
      const state = await stockState()
      expect([state.stocked, state.reserved]).toEqual([STOCK, STOCK])
      const orderLines = orders.map((o) => o.data.order.items[0].id as string).sort()
      expect(state.reservations.map((r) => r.line_item_id).sort()).toEqual(orderLines)
      // Refused carts are not completed: each can still be changed and ordered later.
      for (const id of carts.filter((_, i) => answers[i].status !== 200)) {
        expect(
          (await api.get(`/store/carts/${id}`, { headers: { "x-publishable-api-key": store.consumerKey } })).data.cart
            .completed_at
        ).toBeFalsy()
      }

      // A refused shopper who sends the completion again is told it is sold out; a winner who
      // sends it again gets the same order back (a retried completion never orders twice).
      const again = await complete(api, store.consumerKey, undefined, carts[answers.indexOf(refused[0])])
      expect([again.status, again.data.code]).toEqual([409, "insufficient_inventory"])
      const winner = answers.indexOf(orders[0])
      const repeat = await complete(api, store.consumerKey, undefined, carts[winner])
      expect([repeat.status, repeat.data.order?.id]).toEqual([200, orders[0].data.order.id])
      expect((await stockState()).reserved).toBe(STOCK)
    })

    it("answers a checkout that meets another request's stock lock with 409 try_again and Retry-After; sent again, it goes through", async () => {
      const more = await createStockedProduct(getContainer(), { handle: "locked-few", units: 2 })
      variantId = more.variant
      inventoryItemId = more.item
      const cart = await guestCart()
      const locking = getContainer().resolve<ILockingModule>(Modules.LOCKING)
      // Another process holds the item's lock (as a long reservation would) for longer than
      // Medusa's reservation waits for it.
      await locking.acquire(inventoryItemId, { ownerId: "another-checkout", expire: 30 })
      let busy: Awaited<ReturnType<typeof complete>> & { retryAfter?: string }
      try {
        const response = await api.post(
          `/store/carts/${cart}/complete`,
          {},
          {
            headers: { "x-publishable-api-key": store.consumerKey },
            validateStatus: () => true,
          }
        )
        busy = { status: response.status, data: response.data, retryAfter: response.headers["retry-after"] }
      } finally {
        await locking.release(inventoryItemId, { ownerId: "another-checkout" })
      }
      expect([busy.status, busy.data.code, busy.retryAfter]).toEqual([409, "try_again", "1"])
      expect(busy.data.message).toMatch(/try again/)
      // Nothing happened: no reservation, no order, the cart still open.
      expect(await stockState()).toEqual({ stocked: 2, reserved: 0, reservations: [] })

      const placed = await complete(api, store.consumerKey, undefined, cart)
      expect([placed.status, placed.data.type]).toEqual([200, "order"])
      expect((await stockState()).reserved).toBe(1)
    })
  },
})
