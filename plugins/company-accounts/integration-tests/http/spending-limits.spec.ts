import { beforeAll, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  cartTotal,
  companyModule,
  complete,
  completeAllAtOnce,
  completeAs,
  createFixedTotalProduct,
  ledger,
  ON_ACCOUNT,
  productByHandle,
  readyCart,
  seedCompany,
  type SeededCompany,
  storeHeaders,
  SYSTEM_PROVIDER,
  tradeCart,
} from "@hybrid/test-kit/fixtures"
import { Modules } from "@medusajs/framework/utils"
import { periodStart } from "../../src/lib/spending"

/**
 * Employee spending limits, enforced in Medusa's own cart completion: cumulative over the
 * company's period, race-safe under concurrent completions, released when a completion fails.
 */
integrationSuite({
  testSuite: ({ api, getContainer, dbConnection, dbConfig, store }) => {
    let sixHundred: string
    let threeHundred: string
    let acme: SeededCompany

    beforeAll(async () => {
      const container = getContainer()
      sixHundred = (await createFixedTotalProduct(container, { handle: "limit-test-600", eurTotal: 600 })).variantId
      threeHundred = (await createFixedTotalProduct(container, { handle: "limit-test-300", eurTotal: 300 })).variantId
      acme = await seedCompany(container, api, store.tradeKey, {
        name: "Acme Roasters",
        payment_terms: "net30",
        credit_limit: 1_000_000,
        employees: [
          { key: "buyer", role: "buyer", spending_limit: 1000 },
          { key: "colleague", role: "buyer", spending_limit: 1000 },
          { key: "unlimited", role: "admin", spending_limit: null },
        ],
      })
    })

    const cartOf = (who: string, variantId: string, provider = SYSTEM_PROVIDER) =>
      tradeCart(api, store.tradeKey, acme, who, { regionId: store.eur, variantId, quantity: 1, provider })
    const completeAs = (who: string, cartId: string) => complete(api, store.tradeKey, acme.employees[who].token, cartId)

    it("adds up the period's orders and refuses the one that would pass the limit, naming the limit and what remains", async () => {
      const firstCart = await cartOf("buyer", sixHundred)
      expect(await cartTotal(api, store.tradeKey, acme.employees.buyer.token, firstCart)).toBe(600)
      const first = await completeAs("buyer", firstCart)
      expect(first.data.type).toBe("order")

      const second = await completeAs("buyer", await cartOf("buyer", sixHundred))
      expect(second.status).toBe(400)
      expect(second.data.type).toBe("not_allowed")
      expect(second.data.message).toContain("Spending limit exceeded")
      expect(second.data.message).toContain("€1,000.00")
      expect(second.data.message).toContain("€400.00 remains this month")

      // What still fits goes through: 600 + 300 ≤ 1,000.
      const thirdCart = await cartOf("buyer", threeHundred)
      expect(await cartTotal(api, store.tradeKey, acme.employees.buyer.token, thirdCart)).toBe(300)
      const third = await completeAs("buyer", thirdCart)
      expect(third.data.type).toBe("order")
      const exact = await completeAs("buyer", await cartOf("buyer", threeHundred))
      expect(exact.status).toBe(400)
      expect(exact.data.message).toContain("€100.00 remains")

      const rows = await ledger(getContainer(), acme.id)
      expect(rows.map((r) => Number(r.amount))).toEqual([600, 300])

      // The company page reports the same ledger.
      const { data: me } = await api.get(
        "/store/companies/me",
        storeHeaders(store.tradeKey, acme.employees.buyer.token)
      )
      expect(me.spending).toMatchObject({ spent: 900, remaining: 100, currency_code: "eur" })
    })

    it("keeps each employee's limit to their own orders and leaves employees without a limit unlimited", async () => {
      expect((await completeAs("buyer", await cartOf("buyer", sixHundred))).data.type).toBe("order")
      expect((await completeAs("colleague", await cartOf("colleague", sixHundred))).data.type).toBe("order")
      for (let i = 0; i < 3; i++) {
        expect((await completeAs("unlimited", await cartOf("unlimited", sixHundred))).data.type).toBe("order")
      }
    })

    it("counts on-account and prepaid orders alike", async () => {
      expect((await completeAs("buyer", await cartOf("buyer", sixHundred, ON_ACCOUNT))).data.type).toBe("order")
      const refused = await completeAs("buyer", await cartOf("buyer", sixHundred, SYSTEM_PROVIDER))
      expect(refused.data.message).toContain("Spending limit exceeded")
    })

    it("starts again with each period: monthly, quarterly and yearly", async () => {
      const companies = companyModule(getContainer())
      const backdate = (at: Date) =>
        dbConnection.raw(`UPDATE spend_commitment SET created_at = ? WHERE company_id = ?`, [at, acme.id])
      const hour = 60 * 60 * 1000

      expect((await completeAs("buyer", await cartOf("buyer", sixHundred))).data.type).toBe("order")

      for (const period of ["monthly", "quarterly", "yearly"] as const) {
        await companies.updateCompanies({ id: acme.id, spending_period: period })
        const start = periodStart(period)

        // Inside the current period the earlier order still counts…
        await backdate(new Date(start.getTime() + hour))
        const refused = await completeAs("buyer", await cartOf("buyer", sixHundred))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain(
          { monthly: "per month", quarterly: "per quarter", yearly: "per year" }[period]
        )

        // …and an order from before the period started does not.
        await backdate(new Date(start.getTime() - hour))
        const cartId = await cartOf("buyer", sixHundred)
        expect((await completeAs("buyer", cartId)).data.type).toBe("order")
        // Leave one order in the ledger for the next period's round.
        await dbConnection.raw(`DELETE FROM spend_commitment WHERE company_id = ? AND cart_id <> ?`, [acme.id, cartId])
      }
    })

    it("CONCURRENCY: 10 carts of 600 completed at once against a 1,000 limit place exactly one order", async () => {
      const carts: string[] = []
      for (let i = 0; i < 10; i++) {
        carts.push(await cartOf("buyer", sixHundred))
      }
      const results = await completeAllAtOnce(dbConfig.clientUrl, (i) => completeAs("buyer", carts[i]), carts.length)

      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      const refusals = results.filter((r) => r.status === 400)
      expect(orders).toHaveLength(1)
      expect(refusals).toHaveLength(9)
      for (const refusal of refusals) {
        expect(refusal.data.message).toMatch(
          /^Spending limit exceeded: your spending limit is €1,000\.00 per month, €400\.00 remains/
        )
      }

      const rows = await ledger(getContainer(), acme.id)
      expect(rows).toHaveLength(1)
      expect(rows[0].cart_id).toBe(carts[results.indexOf(orders[0])])

      const query = getContainer().resolve("query")
      const { data: placed } = await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: carts },
      })
      expect(placed).toHaveLength(1)
    })

    it("releases the commitment when the completion fails after the check (compensation)", async () => {
      const container = getContainer()
      const dripper = await productByHandle(api, store.tradeKey, "hario-v60-dripper")
      const cartId = await readyCart(api, store.tradeKey, acme.employees.buyer.token, {
        regionId: store.eur,
        items: [{ variant_id: dripper.variants[0].id, quantity: 2 }],
        provider: SYSTEM_PROVIDER,
        trade: { company_address_id: acme.addressId },
      })

      // Stock runs out between checkout and completion: reserving inventory fails after the hook.
      const inventory = container.resolve(Modules.INVENTORY)
      const [item] = await inventory.listInventoryItems({ sku: "HARIO-V60-DRIPPER" })
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: item.id })
      await inventory.updateInventoryLevels([
        { inventory_item_id: item.id, location_id: level.location_id, stocked_quantity: 0 },
      ])
      const failed = await completeAs("buyer", cartId)
      expect(failed.data.type).not.toBe("order")
      expect(await ledger(container, acme.id)).toHaveLength(0)

      await inventory.updateInventoryLevels([
        { inventory_item_id: item.id, location_id: level.location_id, stocked_quantity: 60 },
      ])
      expect((await completeAs("buyer", cartId)).data.type).toBe("order")
      const rows = await ledger(container, acme.id)
      expect(rows).toHaveLength(1)
      expect(rows[0].cart_id).toBe(cartId)

      // Completing the completed cart again returns the order and commits nothing more.
      expect((await completeAs("buyer", cartId)).data.type).toBe("order")
      expect(await ledger(container, acme.id)).toHaveLength(1)
    })
  },
})
