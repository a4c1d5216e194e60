import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  createFixedTotalProduct,
  customerToken,
  failure,
  ON_ACCOUNT,
  registerCustomer,
  storeHeaders,
  US_ADDRESS,
} from "@hybrid/test-kit/fixtures"
import {
  abandonCart,
  backdate,
  backdateCart,
  placeOrder,
  seedCompany,
  waitForCompanyOrder,
  type PlacedOrder,
} from "../helpers/orders"

const round2 = (n: number) => Math.round(n * 100) / 100
/** The seeded period: March 2026; the previous period is the 31 days before (29 Jan – 28 Feb). */
const MARCH = "period=custom&from=2026-03-01&to=2026-03-31"
const NET_UNIT_PRICE = 20.1 // createFixedTotalProduct: one unit in Europe totals 30.00 (net 20.10 + 4.90 shipping, 20 % VAT)

/**
 * The dashboard's figures against values computed by hand from a small seeded history (every
 * order placed through the store API, then moved into a fixed period): both channels, EUR and USD,
 * guests and registered customers, a canceled order and a partial refund. Also the 360 views, the
 * CSV export, admin-only access and the 400s.
 *
 * Seeded (EUR unless noted):
 * - previous period, 10 Feb: reg@ (registered, Consumer) 1 unit
 * - 3 Mar: pat@ as a guest (Consumer) 2 units
 * - 5 Mar: reg@ (Consumer) 1 unit, later captured and refunded 10.00
 * - 7 Mar: a guest in the US (Consumer, USD) 1 unit
 * - 10 Mar: pat@ for "Insight Roasters" (Trade, on account) 3 units
 * - 12 Mar: sam@ for "Insight Roasters" (Trade, on account) 1 unit
 * - 15 Mar: a guest (Consumer) 1 unit, canceled
 * - 20 Mar: a guest's consumer cart that never became an order
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let admin: { headers: Record<string, string> }
    let consumerKey: string
    let orders: Record<"regFeb" | "patGuest" | "regMar" | "usd" | "patTrade" | "samTrade" | "canceled", PlacedOrder>
    let company: Awaited<ReturnType<typeof seedCompany>>
    let patGuestCustomerId: string
    let tradeUnitPrice: number
    let regToken: string

    beforeAll(async () => {
      const container = getContainer()
      ;({ admin, consumerKey } = store)
      const { tradeKey, eur, usd } = store
      const { variantId } = await createFixedTotalProduct(container, {
        handle: "insights-beans",
        eurTotal: 30,
        usdPrice: 20,
      })
      const item = { variantId }

      const consumer = { regionId: eur, ...item }
      // pat@ buys privately as a guest before joining a company: Medusa keeps that guest record
      // apart from the account pat@ registers later (a guest checkout with the email of an
      // existing account would be filed under the account).
      const patGuest = await placeOrder(api, consumerKey, { ...consumer, quantity: 2, email: "pat@example.com" })
      regToken = await registerCustomer(api, consumerKey, {
        email: "reg@example.com",
        password: "secret-pass",
        first_name: "Reg",
        last_name: "Ular",
      })
      company = await seedCompany(container, api, tradeKey, {
        name: "Insight Roasters",
        credit_limit: 10_000,
        employees: [
          { email: "pat@example.com", role: "buyer", first_name: "Pat" },
          { email: "sam@example.com", role: "admin", first_name: "Sam" },
        ],
      })
      const pat = company.employees["pat@example.com"]
      const sam = company.employees["sam@example.com"]

      const trade = { regionId: eur, ...item, provider: ON_ACCOUNT, companyAddressId: company.addressId }
      orders = {
        regFeb: await placeOrder(api, consumerKey, { ...consumer, quantity: 1, token: regToken }),
        patGuest,
        regMar: await placeOrder(api, consumerKey, { ...consumer, quantity: 1, token: regToken }),
        usd: await placeOrder(api, consumerKey, {
          regionId: usd,
          ...item,
          quantity: 1,
          email: "yankee@example.com",
          address: US_ADDRESS,
        }),
        patTrade: await placeOrder(api, tradeKey, { ...trade, quantity: 3, token: pat.token }),
        samTrade: await placeOrder(api, tradeKey, { ...trade, quantity: 1, token: sam.token }),
        canceled: await placeOrder(api, consumerKey, { ...consumer, quantity: 1, email: "oops@example.com" }),
      }
      await waitForCompanyOrder(container, orders.patTrade.id)
      await waitForCompanyOrder(container, orders.samTrade.id)

      // Partial refund of reg@'s March order: capture its payment, then refund 10.00.
      const { data: regOrder } = await api.get(
        `/admin/orders/${orders.regMar.id}?fields=payment_collections.payments.id`,
        admin
      )
      const paymentId = regOrder.order.payment_collections[0].payments[0].id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 10 }, admin)
      await api.post(`/admin/orders/${orders.canceled.id}/cancel`, {}, admin)

      const dates: Record<keyof typeof orders, string> = {
        regFeb: "2026-02-10T10:00:00Z",
        patGuest: "2026-03-03T10:00:00Z",
        regMar: "2026-03-05T10:00:00Z",
        usd: "2026-03-07T10:00:00Z",
        patTrade: "2026-03-10T10:00:00Z",
        samTrade: "2026-03-12T10:00:00Z",
        canceled: "2026-03-15T10:00:00Z",
      }
      for (const [name, order] of Object.entries(orders)) {
        await backdate(container, order, dates[name as keyof typeof orders])
      }
      const abandoned = await abandonCart(api, consumerKey, eur, variantId, "window-shopper@example.com")
      await backdateCart(container, abandoned, "2026-03-20T10:00:00Z")

      const { data: guestOrder } = await api.get(`/admin/orders/${orders.patGuest.id}?fields=customer_id`, admin)
      patGuestCustomerId = guestOrder.order.customer_id
      const { data: tradeOrder } = await api.get(`/admin/orders/${orders.patTrade.id}?fields=items.unit_price`, admin)
      tradeUnitPrice = Number(tradeOrder.order.items[0].unit_price)
    })

    const overview = async (query: string) => (await api.get(`/admin/insights/overview?${query}`, admin)).data

    describe("overview", () => {
      it("computes revenue, orders, average order value and units per channel and in total, against the previous period", async () => {
        const o = await overview(`${MARCH}&currency=eur`)
        const consumerRevenue = round2(orders.patGuest.total + orders.regMar.total - 10)
        const tradeRevenue = round2(orders.patTrade.total + orders.samTrade.total)
        expect(o.currency_code).toBe("eur")
        expect(o.period).toMatchObject({
          preset: "custom",
          from: "2026-03-01",
          to: "2026-03-31",
          days: 31,
          bucket: "day",
        })
        expect(o.period.previous).toEqual({ from: "2026-01-29", to: "2026-02-28" })

        expect(o.kpis.orders.consumer).toMatchObject({ value: 2, previous: 1 })
        expect(o.kpis.orders.trade).toMatchObject({ value: 2, previous: 0 })
        expect(o.kpis.orders.total).toMatchObject({ value: 4, previous: 1 })
        expect(o.kpis.revenue.consumer.value).toBeCloseTo(consumerRevenue, 2)
        expect(o.kpis.revenue.consumer.previous).toBeCloseTo(orders.regFeb.total, 2)
        expect(o.kpis.revenue.trade.value).toBeCloseTo(tradeRevenue, 2)
        expect(o.kpis.revenue.total.value).toBeCloseTo(consumerRevenue + tradeRevenue, 2)
        expect(o.kpis.revenue.consumer.change.percent).toBeCloseTo(
          Math.round(((consumerRevenue - orders.regFeb.total) / orders.regFeb.total) * 1000) / 10,
          1
        )
        expect(o.kpis.revenue.trade.change.percent).toBeNull()
        expect(o.kpis.average_order_value.consumer.value).toBeCloseTo(consumerRevenue / 2, 2)
        expect(o.kpis.average_order_value.trade.value).toBeCloseTo(tradeRevenue / 2, 2)
        expect(o.kpis.units.consumer).toMatchObject({ value: 3, previous: 1 })
        expect(o.kpis.units.trade).toMatchObject({ value: 4, previous: 0 })
      })

      it("leaves the canceled order out of every figure and reports it, and subtracts the refund", async () => {
        const o = await overview(`${MARCH}&currency=eur`)
        expect(o.canceled.consumer).toEqual({ orders: 1, value: orders.canceled.total })
        expect(o.canceled.trade).toEqual({ orders: 0, value: 0 })
        expect(o.refunds.consumer).toEqual({ orders: 1, amount: 10 })
        expect(o.refunds.total).toEqual({ orders: 1, amount: 10 })
      })

      it("counts customers by email: new vs returning per channel and in total", async () => {
        const o = await overview(`${MARCH}&currency=eur`)
        // Consumer: pat@ (guest) is new, reg@ ordered in February: returning. Trade: pat@ and sam@ are new there.
        expect(o.kpis.new_customers.consumer).toMatchObject({ value: 1, previous: 1 })
        expect(o.kpis.returning_customers.consumer).toMatchObject({ value: 1, previous: 0 })
        expect(o.kpis.new_customers.trade.value).toBe(2)
        expect(o.kpis.returning_customers.trade.value).toBe(0)
        // In total pat@ is one person (guest and company buyer): new; sam@ new; reg@ returning.
        expect(o.kpis.new_customers.total.value).toBe(2)
        expect(o.kpis.returning_customers.total.value).toBe(1)
      })

      it("splits guest and registered orders, and carts created vs completed per channel", async () => {
        const o = await overview(`${MARCH}&currency=eur`)
        expect(o.guest_share.consumer).toEqual({ guest_orders: 1, registered_orders: 1, guest_percent: 50 })
        expect(o.guest_share.trade).toEqual({ guest_orders: 0, registered_orders: 2, guest_percent: 0 })
        // Consumer carts in March: pat@'s, reg@'s, the canceled order's and the abandoned one.
        expect(o.conversion.consumer).toEqual({ carts: 4, completed_carts: 3, orders: 2, rate_percent: 75 })
        expect(o.conversion.trade).toEqual({ carts: 2, completed_carts: 2, orders: 2, rate_percent: 100 })
      })

      it("ranks products per channel and companies by revenue, and sums credit across companies", async () => {
        const o = await overview(`${MARCH}&currency=eur`)
        expect(o.top_products.consumer).toEqual([
          expect.objectContaining({ title: "Test insights-beans", units: 3, revenue: round2(3 * NET_UNIT_PRICE) }),
        ])
        expect(o.top_products.trade).toEqual([
          expect.objectContaining({ title: "Test insights-beans", units: 4, revenue: round2(4 * tradeUnitPrice) }),
        ])
        expect(o.top_companies).toEqual({
          available: true,
          companies: [
            {
              company_id: company.id,
              name: "Insight Roasters",
              orders: 2,
              revenue: round2(orders.patTrade.total + orders.samTrade.total),
            },
          ],
        })
        // Insight Roasters (10,000, both orders on account, unpaid) and the demo's Corner Café (5,000, nothing owed).
        const used = round2(orders.patTrade.total + orders.samTrade.total)
        expect(o.trade.credit).toEqual({
          available: true,
          companies: 2,
          limit: 15_000,
          used,
          available_credit: round2(15_000 - used),
          over_limit: 0,
        })
        // The quotes and approvals plugins are installed and report through the extension point;
        // this period has neither quotes nor approval requests (their own suites check the figures).
        expect(o.trade.quotes).toEqual({
          available: true,
          open_count: 0,
          open_value: 0,
          win_rate: null,
          median_hours_to_accept: null,
        })
        expect(o.trade.approvals).toEqual({
          available: true,
          pending_count: 0,
          pending_value: 0,
          median_hours_to_decide: null,
        })
      })

      it("charts the period in buckets with empty ones as zero", async () => {
        const daily = await overview(`${MARCH}&currency=eur`)
        expect(daily.series).toHaveLength(31)
        expect(daily.series[2]).toMatchObject({ bucket: "2026-03-03", consumer: { orders: 1 }, trade: { orders: 0 } })
        expect(daily.series[0]).toMatchObject({ bucket: "2026-03-01", total: { orders: 0, revenue: 0 } })
        const weekly = await overview(`${MARCH}&currency=eur&bucket=week`)
        // ISO weeks from Monday 23 Feb (holding 1 March) to Monday 30 March.
        expect(weekly.series.map((p: any) => p.bucket)).toEqual([
          "2026-02-23",
          "2026-03-02",
          "2026-03-09",
          "2026-03-16",
          "2026-03-23",
          "2026-03-30",
        ])
        expect(weekly.series[1].consumer.orders).toBe(2)
        expect(weekly.series[2].trade.orders).toBe(2)
        const sum = weekly.series.reduce((acc: number, p: any) => acc + p.total.revenue, 0)
        expect(sum).toBeCloseTo(weekly.kpis.revenue.total.value, 2)
      })

      it("never mixes currencies: USD shows only the US order", async () => {
        const o = await overview(`${MARCH}&currency=usd`)
        expect(o.currency_code).toBe("usd")
        expect(o.kpis.orders.consumer.value).toBe(1)
        expect(o.kpis.orders.trade.value).toBe(0)
        expect(o.kpis.revenue.total.value).toBeCloseTo(orders.usd.total, 2)
        expect(o.top_companies.companies).toEqual([])
        expect(o.currencies.sort()).toEqual(["eur", "usd"])
      })

      it("exports the shown figures as CSV", async () => {
        const { status, headers, data } = await api.get(`/admin/insights/overview/csv?${MARCH}&currency=eur`, admin)
        expect(status).toBe(200)
        expect(headers["content-type"]).toMatch(/^text\/csv/)
        expect(headers["content-disposition"]).toContain("insights-eur-2026-03-01-2026-03-31.csv")
        const lines = String(data).split("\r\n")
        expect(lines[0]).toBe("Period,2026-03-01 to 2026-03-31,Previous period,2026-01-29 to 2026-02-28,Currency,EUR")
        expect(lines).toContain("kpi,Orders,consumer,2,1,100")
        expect(lines).toContain(
          `top_companies,#1 Insight Roasters,trade,${round2(orders.patTrade.total + orders.samTrade.total)},,`
        )
        expect(lines).toContain("trade,quotes open_count,trade,0,,")
        expect(lines).toContain("trade,approvals pending_count,trade,0,,")
      })
    })

    describe("360", () => {
      it("shows one person across portals: the guest order and the company order of the same email", async () => {
        const pat = company.employees["pat@example.com"]
        for (const id of [pat.customerId, patGuestCustomerId]) {
          const { data } = await api.get(`/admin/insights/customers/${id}`, admin)
          expect(data.person.email).toBe("pat@example.com")
          expect(data.person.customers.map((c: any) => c.has_account).sort()).toEqual([false, true])
          expect(data.person.companies).toEqual([
            expect.objectContaining({ id: company.id, name: "Insight Roasters", role: "buyer" }),
          ])
          const orderEvents = data.timeline.filter((e: any) => e.type === "order")
          expect(orderEvents.map((e: any) => [e.order_id, e.channel, e.guest, e.company?.name ?? null])).toEqual([
            [orders.patTrade.id, "trade", false, "Insight Roasters"],
            [orders.patGuest.id, "consumer", true, null],
          ])
          expect(data.timeline.some((e: any) => e.type === "membership" && e.role === "buyer")).toBe(true)
          expect(data.lifetime).toEqual(
            expect.arrayContaining([
              expect.objectContaining({
                channel: "consumer",
                currency_code: "eur",
                orders: 1,
                revenue: orders.patGuest.total,
              }),
              expect.objectContaining({
                channel: "trade",
                currency_code: "eur",
                orders: 1,
                revenue: orders.patTrade.total,
              }),
            ])
          )
        }
      })

      it("keeps canceled orders out of lifetime revenue and counts refunds", async () => {
        const { data: customers } = await api.get(`/admin/customers?email=reg@example.com&fields=id`, admin)
        const { data } = await api.get(`/admin/insights/customers/${customers.customers[0].id}`, admin)
        expect(data.lifetime).toEqual([
          expect.objectContaining({
            channel: "consumer",
            currency_code: "eur",
            orders: 2,
            revenue: round2(orders.regFeb.total + orders.regMar.total - 10),
          }),
        ])
      })

      it("shows the company with each employee's company and private orders", async () => {
        const { data } = await api.get(`/admin/insights/companies/${company.id}`, admin)
        expect(data.company).toMatchObject({
          name: "Insight Roasters",
          currency_code: "eur",
          credit: { limit: 10_000 },
        })
        expect(data.lifetime).toEqual([
          expect.objectContaining({
            channel: "trade",
            currency_code: "eur",
            orders: 2,
            revenue: round2(orders.patTrade.total + orders.samTrade.total),
          }),
        ])
        const pat = data.employees.find((e: any) => e.email === "pat@example.com")
        expect(pat.company).toEqual([
          expect.objectContaining({ currency_code: "eur", orders: 1, revenue: orders.patTrade.total }),
        ])
        expect(pat.private).toEqual([
          expect.objectContaining({ currency_code: "eur", orders: 1, revenue: orders.patGuest.total }),
        ])
        expect(data.timeline.filter((e: any) => e.type === "order")).toHaveLength(2)
      })

      it("answers 404 for an unknown customer or company", async () => {
        expect((await failure(api.get(`/admin/insights/customers/cus_missing`, admin))).status).toBe(404)
        expect((await failure(api.get(`/admin/insights/companies/comp_missing`, admin))).status).toBe(404)
      })
    })

    describe("access and bad input", () => {
      it("refuses anyone but an admin: no credentials, a customer token, a publishable key", async () => {
        const token = await customerToken(api, "reg@example.com", "secret-pass")
        const attempts = [
          {},
          { headers: { authorization: `Bearer ${token}` } },
          storeHeaders(consumerKey),
          storeHeaders(consumerKey, token),
        ]
        for (const path of [
          "/admin/insights/overview",
          "/admin/insights/overview/csv",
          `/admin/insights/companies/${company.id}`,
        ]) {
          for (const config of attempts) {
            const { status } = await failure(api.get(path, config))
            expect([401, 403]).toContain(status)
          }
        }
      })

      it.each([
        ["period=forever", "period"],
        ["period=custom&from=2026-03-01", "to"],
        ["from=2026-03-31&to=2026-03-01", "to"],
        ["from=2026-02-30&to=2026-03-01", "from"],
        ["period=last_7_days&from=2026-03-01", "from"],
        ["currency=xyz", "currency"],
        ["currency=12", "currency"],
        ["bucket=hour", "bucket"],
        ["from=2025-01-01&to=2026-06-30&bucket=day", "bucket"],
      ])("answers 400 naming the field for %s", async (query, field) => {
        const { status, data } = await failure(api.get(`/admin/insights/overview?${query}`, admin))
        expect(status).toBe(400)
        expect(data.message).toContain(field)
      })
    })
  },
})
