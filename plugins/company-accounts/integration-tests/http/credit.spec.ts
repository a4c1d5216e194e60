import { beforeAll, beforeEach, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  adminHeaders,
  complete,
  completeAllAtOnce,
  completeAs,
  consumerAccount,
  createFixedTotalProduct,
  eventually,
  failure,
  GERMAN_ADDRESS,
  ledger,
  ON_ACCOUNT,
  publishableKey,
  readyCart,
  seedCompany,
  type SeededCompany,
  storeHeaders,
  SYSTEM_PROVIDER,
  tradeCart,
} from "@hybrid/test-kit/fixtures"

/**
 * Pay on account: only for companies with net terms, within the credit limit minus the exposure
 * (unsettled on-account orders); settling an order (admin) frees its amount.
 */
integrationSuite({
  testSuite: ({ api, getContainer, dbConfig, store }) => {
    let sixHundred: string
    let credit: SeededCompany
    let prepaid: SeededCompany
    let other: SeededCompany
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      const container = getContainer()
      sixHundred = (await createFixedTotalProduct(container, { handle: "credit-test-600", eurTotal: 600 })).variantId
      credit = await seedCompany(container, api, store.tradeKey, {
        name: "Credit Cafe",
        payment_terms: "net30",
        credit_limit: 1000,
        employees: [
          { key: "anna", role: "buyer" },
          { key: "ben", role: "approver" },
        ],
      })
      prepaid = await seedCompany(container, api, store.tradeKey, {
        name: "Prepaid Pantry",
        payment_terms: "prepaid",
        credit_limit: 1000,
        employees: [{ key: "pat", role: "admin" }],
      })
      other = await seedCompany(container, api, store.tradeKey, {
        name: "Other Bakery",
        payment_terms: "net30",
        credit_limit: 5000,
        employees: [{ key: "olga", role: "admin" }],
      })
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    const cartOf = (company: SeededCompany, who: string, provider = ON_ACCOUNT) =>
      tradeCart(api, store.tradeKey, company, who, {
        regionId: store.eur,
        variantId: sixHundred,
        quantity: 1,
        provider,
      })
    const completeAs = (company: SeededCompany, who: string, cartId: string) =>
      complete(api, store.tradeKey, company.employees[who].token, cartId)
    const creditOf = async (company: SeededCompany, who: string) =>
      (await api.get("/store/companies/me", storeHeaders(store.tradeKey, company.employees[who].token))).data.credit

    it("grows the exposure with each on-account order, refuses beyond the limit and frees it when the merchant settles", async () => {
      const first = await completeAs(credit, "anna", await cartOf(credit, "anna"))
      expect(first.data.type).toBe("order")
      expect(await creditOf(credit, "anna")).toEqual({ limit: 1000, used: 600, available: 400 })

      // The limit is the company's: a colleague's order counts against it too.
      const refused = await completeAs(credit, "ben", await cartOf(credit, "ben"))
      expect(refused.status).toBe(400)
      expect(refused.data.type).toBe("not_allowed")
      expect(refused.data.message).toBe(
        "Credit limit exceeded: your company's credit limit is €1,000.00, €400.00 remains available on account, and this order totals €600.00."
      )

      // Paying up front does not touch the credit line.
      const prepaidOrder = await completeAs(credit, "ben", await cartOf(credit, "ben", SYSTEM_PROVIDER))
      expect(prepaidOrder.data.type).toBe("order")
      expect(await creditOf(credit, "ben")).toEqual({ limit: 1000, used: 600, available: 400 })

      const { data: open } = await api.get(
        `/admin/companies/${credit.id}/commitments?on_account=true&settled=false`,
        admin
      )
      expect(open.count).toBe(1)
      const commitment = open.commitments[0]
      expect(commitment).toMatchObject({ amount: 600, on_account: true, settled_at: null })
      const { data: all } = await api.get(`/admin/companies/${credit.id}/commitments`, admin)
      expect(all.count).toBe(2)

      // The order.placed subscriber files the order under the commitment.
      await eventually(
        async () => (await ledger(getContainer(), credit.id)).find((c) => c.id === commitment.id)?.order_id,
        (orderId) => orderId === first.data.order.id
      )

      const { data: settled } = await api.post(
        `/admin/companies/${credit.id}/commitments/${commitment.id}/settle`,
        {},
        admin
      )
      expect(settled.commitment.settled_at).not.toBeNull()
      expect(settled.credit).toEqual({ limit: 1000, used: 0, available: 1000 })
      expect(await creditOf(credit, "anna")).toEqual({ limit: 1000, used: 0, available: 1000 })

      // Settling records the payment on the order too.
      const { data: order } = await api.get(`/admin/orders/${first.data.order.id}?fields=payment_status`, admin)
      expect(order.order.payment_status).toBe("captured")

      // Settling twice changes nothing.
      const { data: again } = await api.post(
        `/admin/companies/${credit.id}/commitments/${commitment.id}/settle`,
        {},
        admin
      )
      expect(again.commitment.settled_at).toEqual(settled.commitment.settled_at)

      expect((await completeAs(credit, "ben", await cartOf(credit, "ben"))).data.type).toBe("order")
      expect(await creditOf(credit, "ben")).toEqual({ limit: 1000, used: 600, available: 400 })
    })

    it("gives a canceled order's amount back and settles an order whose payment the merchant captures in Medusa's own order page", async () => {
      const orderIdOf = async (cartId: string) => {
        const done = await completeAs(other, "olga", cartId)
        expect(done.data.type).toBe("order")
        return done.data.order.id as string
      }
      const onAccountCart = () => cartOf(other, "olga")
      const openCommitments = async () =>
        (await api.get(`/admin/companies/${other.id}/commitments?on_account=true&settled=false`, admin)).data.count

      const canceled = await orderIdOf(await onAccountCart())
      expect(await creditOf(other, "olga")).toEqual({ limit: 5000, used: 600, available: 4400 })
      // The order.placed subscriber must have filed the order before it can be found by order id.
      await eventually(
        async () => (await ledger(getContainer(), other.id)).some((c) => c.order_id === canceled),
        (filed) => filed
      )
      const cancel = await api.post(`/admin/orders/${canceled}/cancel`, {}, admin)
      expect(cancel.status).toBe(200)
      await eventually(
        () => creditOf(other, "olga"),
        (credit) => credit.used === 0
      )
      expect(await creditOf(other, "olga")).toEqual({ limit: 5000, used: 0, available: 5000 })
      expect(await openCommitments()).toBe(0)

      const captured = await orderIdOf(await onAccountCart())
      expect(await creditOf(other, "olga")).toEqual({ limit: 5000, used: 600, available: 4400 })
      const { data } = await api.get(
        `/admin/orders/${captured}?fields=payment_collections.payments.id,payment_collections.payments.provider_id`,
        admin
      )
      const payment = data.order.payment_collections.flatMap((pc: any) => pc.payments)[0]
      expect(payment.provider_id).toBe(ON_ACCOUNT)
      expect((await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)).status).toBe(200)
      await eventually(
        () => creditOf(other, "olga"),
        (credit) => credit.used === 0
      )
      const { data: settled } = await api.get(`/admin/companies/${other.id}/commitments?on_account=true`, admin)
      expect(settled.commitments.find((c: any) => c.order_id === captured)?.settled_at).not.toBeNull()
    })

    it("settles only the company's own on-account commitments, for admin users only", async () => {
      await completeAs(credit, "anna", await cartOf(credit, "anna"))
      await completeAs(credit, "ben", await cartOf(credit, "ben", SYSTEM_PROVIDER))
      const rows = await ledger(getContainer(), credit.id)
      const onAccount = rows.find((r) => r.on_account)!
      const paidUpFront = rows.find((r) => !r.on_account)!

      const settle = (companyId: string, commitmentId: string, headers: object = admin) =>
        failure(api.post(`/admin/companies/${companyId}/commitments/${commitmentId}/settle`, {}, headers))

      expect((await settle(other.id, onAccount.id)).status).toBe(404)
      expect((await settle("comp_unknown", onAccount.id)).status).toBe(404)
      expect((await settle(credit.id, "spend_unknown")).status).toBe(404)
      const notOnAccount = await settle(credit.id, paidUpFront.id)
      expect(notOnAccount.status).toBe(400)
      expect(notOnAccount.data.message).toContain("not paid on account")
      expect(
        (await settle(credit.id, onAccount.id, storeHeaders(store.tradeKey, credit.employees.anna.token))).status
      ).toBe(401)
      expect((await failure(api.get(`/admin/companies/${other.id}/commitments`))).status).toBe(401)

      // Nothing above settled anything.
      expect((await ledger(getContainer(), credit.id)).every((r) => r.settled_at === null)).toBe(true)
      const { data: foreign } = await api.get(`/admin/companies/${other.id}/commitments`, admin)
      expect(foreign.count).toBe(0)
    })

    it("CONCURRENCY: 10 on-account carts of 600 completed at once against a 1,000 credit limit place exactly one order", async () => {
      const carts: { who: string; id: string }[] = []
      for (let i = 0; i < 10; i++) {
        const who = i % 2 ? "anna" : "ben"
        carts.push({ who, id: await cartOf(credit, who) })
      }
      const results = await completeAllAtOnce(
        dbConfig.clientUrl,
        (i) => completeAs(credit, carts[i].who, carts[i].id),
        carts.length
      )

      const orders = results.filter((r) => r.status === 200 && r.data.type === "order")
      const refusals = results.filter((r) => r.status === 400)
      expect(orders).toHaveLength(1)
      expect(refusals).toHaveLength(9)
      for (const refusal of refusals) {
        expect(refusal.data.message).toMatch(/^Credit limit exceeded: .*€400\.00 remains available on account/)
      }
      const rows = await ledger(getContainer(), credit.id)
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({ on_account: true, settled_at: null })
      expect(await creditOf(credit, "anna")).toEqual({ limit: 1000, used: 600, available: 400 })
    })

    it("offers pay on account only to companies with net terms", async () => {
      const refused = await completeAs(prepaid, "pat", await cartOf(prepaid, "pat"))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Payment on account needs net payment terms; Prepaid Pantry pays prepaid.")
      expect((await completeAs(prepaid, "pat", await cartOf(prepaid, "pat", SYSTEM_PROVIDER))).data.type).toBe("order")

      // A consumer (no company) and a guest cannot pay on account either, whatever the region offers.
      const consumerToken = await consumerAccount(api, store.tradeKey, "consumer@example.com")
      // They shop on the consumer site's key (the Trade channel is for trade accounts).
      const consumerKey = await publishableKey(api, "consumer")
      for (const token of [consumerToken, undefined]) {
        const cartId = await readyCart(api, consumerKey, token, {
          regionId: store.eur,
          items: [{ variant_id: sixHundred, quantity: 1 }],
          provider: ON_ACCOUNT,
          address: GERMAN_ADDRESS,
        })
        const outsider = await complete(api, consumerKey, token, cartId)
        expect(outsider.status).toBe(400)
        expect(outsider.data.message).toContain(
          "Payment on account is only available to members of an approved company"
        )
      }
    })
  },
})
