import { beforeAll, beforeEach, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  type ActiveCompany,
  activeCompany,
  addEmployee,
  adminHeaders,
  call,
  companyModule,
  complete,
  eventually,
  ledger,
  type Member,
  ON_ACCOUNT,
  readyCart,
  shipAndPay,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  MERCHANT_EMAIL,
  customerIdOf,
  notifications,
  ordersOf,
  quoteModule,
  requestQuote,
  sendOffer,
  sentQuote,
  quoteWorld,
  type QuoteWorld,
} from "../helpers/quotes"

/**
 * Accepting a quote: one order at the quoted prices through Medusa's checkout (company rules and
 * limits apply), exactly once under concurrency, never for expired, rejected or declined quotes,
 * never with prices from the client, and never by completing some other cart that names the quote.
 * When the company's approval rules cover the buyer, the quote's cart (POST /store/quotes/:id/cart)
 * goes through the approvals plugin first, and accepting orders from that approved cart.
 */
integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    /** A company whose buyers need approval for orders above 100 net, with an approver. */
    let C: ActiveCompany
    let approver: Member
    let cBuyerId: string
    let buyerId: string
    let adminId: string
    let admin: { headers: Record<string, string> }
    const store = (token?: string) => storeHeaders(world.key, token)

    beforeAll(async () => {
      const container = getContainer()
      world = await quoteWorld(api, container, "accept")
      const merchant = world.merchant
      buyerId = await customerIdOf(api, world.key, world.A.buyer.token)
      adminId = await customerIdOf(api, world.key, world.A.admin.token)
      // Set up here: the runner restores the database to its state after this hook before each test.
      C = await activeCompany(api, world.key, container, merchant, "accept-gamma")
      approver = await addEmployee(
        api,
        world.key,
        container,
        C.admin.token,
        "approver@accept-gamma.example",
        "approver"
      )
      cBuyerId = await customerIdOf(api, world.key, C.buyer.token)
      // Buyers' orders above 100 net need approval (the offers below are 229.50 net).
      const rules = await call(api.post("/store/approvals/settings", { amount_threshold: 100 }, store(C.admin.token)))
      expect([rules.status, rules.data.settings?.amount_threshold]).toEqual([200, 100])
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    const offer = () =>
      sentQuote(api, world.key, admin, world.A.buyer.token, world.eur, [
        { variant_id: world.huila1kg.id, quantity: 10, unit_price: 21.75 },
        { variant_id: world.huila250.id, quantity: 2, unit_price: 6 },
      ])
    const accept = (quoteId: string, token: string, body: Record<string, unknown> = {}) =>
      call(
        api.post(`/store/quotes/${quoteId}/accept`, { company_address_id: world.A.addressId, ...body }, store(token))
      )

    describe("accept", () => {
      it("places one order at the quoted prices, on account, and refuses a second accept", async () => {
        const container = getContainer()
        const quote = await offer()
        expect(world.huila1kg.price).not.toBe(21.75)

        // The body cannot carry prices or lines; foreign addresses and other companies are unknown.
        for (const field of ["prices", "items", "lines", "unit_price"]) {
          const tampered = await accept(quote.id, world.A.buyer.token, {
            [field]: [{ variant_id: world.huila1kg.id, unit_price: 0.01 }],
          })
          expect([field, tampered.status]).toEqual([field, 400])
          expect(tampered.data.message).toMatch(new RegExp(field))
        }
        expect((await accept(quote.id, world.A.buyer.token, { company_address_id: world.B.addressId })).status).toBe(
          404
        )
        expect(
          (
            await call(
              api.post(
                `/store/quotes/${quote.id}/accept`,
                { company_address_id: world.B.addressId },
                store(world.B.buyer.token)
              )
            )
          ).status
        ).toBe(404)
        expect((await accept(quote.id, world.colleague.token)).status).toBe(404)
        expect((await accept(quote.id, world.viewer.token)).status).toBe(403)
        expect(await ordersOf(container, buyerId)).toEqual([])

        const accepted = await accept(quote.id, world.A.buyer.token, { po_number: "PO-4711" })
        expect(accepted.status).toBe(200)
        expect(accepted.data.order).toEqual({ id: expect.stringMatching(/^order_/), display_id: expect.any(Number) })
        expect(accepted.data.quote).toMatchObject({ status: "accepted", order_id: accepted.data.order.id })
        expect(accepted.data.quote.history.map((h: any) => h.action)).toEqual([
          "requested",
          "counter_offer_sent",
          "accepted",
        ])

        const orders = await ordersOf(container, buyerId)
        expect(orders).toHaveLength(1)
        expect(orders[0].id).toBe(accepted.data.order.id)
        expect(orders[0].metadata).toMatchObject({ quote_id: quote.id, po_number: "PO-4711", company_id: world.A.id })
        const lines = orders[0].items.map((i: any) => [
          i.variant_id,
          Number(i.unit_price),
          Number(i.detail?.quantity ?? i.quantity),
        ])
        expect(lines.sort()).toEqual(
          [
            [world.huila1kg.id, 21.75, 10],
            [world.huila250.id, 6, 2],
          ].sort()
        )
        const { data: sessions } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["payment_collections.payment_sessions.provider_id", "shipping_address.city"],
          filters: { id: orders[0].id },
        })
        expect(sessions[0].payment_collections[0].payment_sessions[0].provider_id).toBe(ON_ACCOUNT)
        expect(sessions[0].shipping_address.city).toBe("Berlin")

        const mails = await notifications(container, { to: MERCHANT_EMAIL, template: "quote.accepted" })
        expect(mails.map((m) => m.data?.order_id)).toEqual([accepted.data.order.id])

        const again = await accept(quote.id, world.A.buyer.token)
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/already accepted/)
        expect(await ordersOf(container, buyerId)).toHaveLength(1)

        // What the insights dashboard reads: nothing open, one of one won, accepted within the hour.
        const hour = 60 * 60 * 1000
        const figures = await quoteModule(container).insightsFigures({
          currency_code: "eur",
          from: new Date(Date.now() - hour),
          to: new Date(Date.now() + hour),
        })
        expect(figures.quotes).toMatchObject({ open_count: 0, open_value: 0, win_rate: 1 })
        expect(figures.quotes.median_hours_to_accept).toBeLessThan(0.1)
      })

      it("lets the company admin accept a buyer's quote", async () => {
        const quote = await offer()
        const accepted = await accept(quote.id, world.A.admin.token)
        expect(accepted.status).toBe(200)
        expect(await ordersOf(getContainer(), adminId)).toHaveLength(1)
      })

      it("refuses expired, requested, rejected and declined quotes with 409", async () => {
        const container = getContainer()
        const expired = await offer()
        await quoteModule(container).updateQuotes({ id: expired.id, expires_at: new Date(Date.now() - 1000) })
        const answer = await accept(expired.id, world.A.buyer.token)
        expect([answer.status, answer.data.message]).toEqual([409, expect.stringMatching(/expired/)])

        const requested = await requestQuote(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        expect((await accept(requested.id, world.A.buyer.token)).data.message).toMatch(/requested/)

        const rejected = await offer()
        await api.post(`/store/quotes/${rejected.id}/reject`, {}, store(world.A.buyer.token))
        const rejectedAnswer = await accept(rejected.id, world.A.buyer.token)
        expect([rejectedAnswer.status, rejectedAnswer.data.message]).toEqual([409, expect.stringMatching(/rejected/)])

        const declined = await offer()
        await api.post(`/admin/quotes/${declined.id}/decline`, { reason: "No stock" }, admin)
        const declinedAnswer = await accept(declined.id, world.A.buyer.token)
        expect([declinedAnswer.status, declinedAnswer.data.message]).toEqual([409, expect.stringMatching(/declined/)])

        expect(await ordersOf(container, buyerId)).toEqual([])

        // Insights: the requested quote is open; rejected, declined and expired count as lost.
        const hour = 60 * 60 * 1000
        const figures = await quoteModule(container).insightsFigures({
          currency_code: "eur",
          from: new Date(Date.now() - hour),
          to: new Date(Date.now() + hour),
        })
        expect(figures.quotes).toEqual({
          open_count: 1,
          open_value: requested.totals.subtotal,
          win_rate: 0,
          median_hours_to_accept: null,
        })
        const usd = await quoteModule(container).insightsFigures({
          currency_code: "usd",
          from: new Date(0),
          to: new Date(),
        })
        expect(usd.quotes).toEqual({ open_count: 0, open_value: 0, win_rate: null, median_hours_to_accept: null })
      })

      it("refuses to complete another cart that carries the quote's id", async () => {
        const container = getContainer()
        const quote = await offer()
        const cartId = await readyCart(api, world.key, world.A.buyer.token, {
          regionId: world.eur,
          items: [
            { variant_id: world.huila1kg.id, quantity: 10 },
            { variant_id: world.huila250.id, quantity: 2 },
          ],
          provider: ON_ACCOUNT,
          trade: { company_address_id: world.A.addressId },
        })
        const { data } = await api.get(`/store/carts/${cartId}?fields=metadata`, store(world.A.buyer.token))
        await api.post(
          `/store/carts/${cartId}`,
          { metadata: { ...data.cart.metadata, quote_id: quote.id } },
          store(world.A.buyer.token)
        )

        const copied = await complete(api, world.key, world.A.buyer.token, cartId)
        expect(copied.status).toBe(400)
        expect(copied.data.message).toMatch(/only by accepting it/)

        // Even named as the cart the accept workflow is completing, its lines (catalog prices) differ from the offer.
        await quoteModule(container).updateQuotes({ id: quote.id, completing_cart_id: cartId })
        const altered = await complete(api, world.key, world.A.buyer.token, cartId)
        expect(altered.status).toBe(400)
        expect(altered.data.message).toMatch(/lines or prices differ/)
        expect(await ordersOf(container, buyerId)).toEqual([])
        expect(await ledger(container, world.A.id)).toEqual([])

        // The quote itself is still good.
        await quoteModule(container).updateQuotes({ id: quote.id, completing_cart_id: null })
        expect((await accept(quote.id, world.A.buyer.token)).status).toBe(200)
      })
    })

    describe("exactly once", () => {
      it("answers 10 concurrent accepts with one 200 and one order", async () => {
        const container = getContainer()
        const quote = await offer()
        const answers = await Promise.all(Array.from({ length: 10 }, () => accept(quote.id, world.A.buyer.token)))
        const statuses = answers.map((a) => a.status).sort()
        expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409])
        for (const refused of answers.filter((a) => a.status === 409)) {
          expect(refused.data.message).toMatch(/already/)
        }
        const orders = await ordersOf(container, buyerId)
        expect(orders).toHaveLength(1)
        const { data } = await api.get(`/store/quotes/${quote.id}`, store(world.A.buyer.token))
        expect(data.quote).toMatchObject({ status: "accepted", order_id: orders[0].id })
        expect(data.quote.history.filter((h: any) => h.action === "accepted")).toHaveLength(1)
        expect(await ledger(container, world.A.id)).toHaveLength(1)
      })

      it("leaves the quote sent and places no order when the credit limit refuses, then accepts once it allows", async () => {
        const container = getContainer()
        const quote = await offer()
        await companyModule(container).updateCompanies({ id: world.A.id, credit_limit: 50 })

        const refused = await accept(quote.id, world.A.buyer.token)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/Credit limit exceeded/)
        const { data } = await api.get(`/store/quotes/${quote.id}`, store(world.A.buyer.token))
        expect(data.quote).toMatchObject({ status: "sent", order_id: null })
        expect(data.quote.history.map((h: any) => h.action)).toEqual(["requested", "counter_offer_sent"])
        expect(await ordersOf(container, buyerId)).toEqual([])
        expect(await ledger(container, world.A.id)).toEqual([])
        const [row] = await quoteModule(container).listQuotes({ id: quote.id }, { select: ["id", "accept_cart_id"] })
        expect(row.accept_cart_id).toBeNull()
        expect(await notifications(container, { to: MERCHANT_EMAIL, template: "quote.accepted" })).toEqual([])

        // The lock was released and nothing is left half-done: with credit, the same quote goes through.
        await companyModule(container).updateCompanies({ id: world.A.id, credit_limit: 5000 })
        const accepted = await accept(quote.id, world.A.buyer.token)
        expect(accepted.status).toBe(200)
        expect(await ordersOf(container, buyerId)).toHaveLength(1)
      })
    })

    describe("company approval of the quote's cart", () => {
      const items = () => [
        { variant_id: world.huila1kg.id, quantity: 10, unit_price: 21.75 },
        { variant_id: world.huila250.id, quantity: 2, unit_price: 6 },
      ]
      const acceptC = (quoteId: string, token: string, body: Record<string, unknown> = {}) =>
        call(api.post(`/store/quotes/${quoteId}/accept`, { company_address_id: C.addressId, ...body }, store(token)))
      const quoteCart = (quoteId: string, token: string, body: Record<string, unknown> = {}) =>
        call(api.post(`/store/quotes/${quoteId}/cart`, { company_address_id: C.addressId, ...body }, store(token)))
      const submit = (cartId: string, token: string) =>
        call(api.post(`/store/carts/${cartId}/approval`, { comment: "Our quote" }, store(token)))
      const decide = (approvalId: string, token: string) =>
        call(api.post(`/store/approvals/${approvalId}/approve`, { comment: "Fine" }, store(token)))

      it("orders the quote from the cart an approver approved, once it is approved", async () => {
        const container = getContainer()
        const quote = await sentQuote(api, world.key, admin, C.buyer.token, world.eur, items())

        // Accepting builds a cart nobody approved: 403 naming the approval, nothing left behind.
        const unapproved = await acceptC(quote.id, C.buyer.token)
        expect([unapproved.status, unapproved.data.message]).toEqual([403, expect.stringMatching(/needs approval/)])
        const { data: unchanged } = await api.get(`/store/quotes/${quote.id}`, store(C.buyer.token))
        expect(unchanged.quote).toMatchObject({ status: "sent", accept_cart_id: null, order_id: null })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const quoteCartsOfBuyer = async () =>
          (await query.graph({ entity: "cart", fields: ["id", "metadata"], filters: { customer_id: cBuyerId } })).data
            .filter((c) => c.metadata?.quote_id === quote.id)
            .map((c) => c.id)
        expect(await quoteCartsOfBuyer()).toEqual([]) // the cart the failed accept made is gone

        // The cart the quote will be ordered from: strict body, scoped like accept, idempotent.
        const tampered = await quoteCart(quote.id, C.buyer.token, {
          prices: [{ variant_id: world.huila1kg.id, unit_price: 0.01 }],
        })
        expect([tampered.status, tampered.data.message]).toEqual([400, expect.stringMatching(/prices/)])
        const foreign = await call(
          api.post(
            `/store/quotes/${quote.id}/cart`,
            { company_address_id: world.B.addressId },
            store(world.B.buyer.token)
          )
        )
        expect(foreign.status).toBe(404)
        expect((await quoteCart(quote.id, C.buyer.token, { company_address_id: world.A.addressId })).status).toBe(404)
        const prepared = await quoteCart(quote.id, C.buyer.token, { po_number: "PO-1" })
        expect(prepared.status).toBe(200)
        const cartId: string = prepared.data.cart_id
        expect(cartId).toMatch(/^cart_/)
        expect(prepared.data.quote).toMatchObject({ id: quote.id, status: "sent", accept_cart_id: cartId })
        const again = await quoteCart(quote.id, C.buyer.token, { po_number: "PO-2" })
        expect([again.status, again.data.cart_id]).toEqual([200, cartId])
        const { data: cart } = await api.get(
          `/store/carts/${cartId}?fields=id,metadata,*items,shipping_address.city`,
          store(C.buyer.token)
        )
        expect(cart.cart.metadata).toMatchObject({ quote_id: quote.id, company_id: C.id, po_number: "PO-2" })
        expect(cart.cart.shipping_address.city).toBe("Berlin")
        expect(
          cart.cart.items.map((i: any) => [i.variant_id, Number(i.unit_price), Number(i.quantity)]).sort()
        ).toEqual(
          items()
            .map((i) => [i.variant_id, i.unit_price, i.quantity])
            .sort()
        )
        const { data: status } = await api.get(`/store/carts/${cartId}/approval`, store(C.buyer.token))
        expect(status).toMatchObject({ requirement: { required: true }, approval: null, valid: false })

        // Submitted: pending. Accepting now is refused, and the cart and its request survive.
        const submitted = await submit(cartId, C.buyer.token)
        expect(submitted.status).toBe(200)
        expect(submitted.data.approval).toMatchObject({ status: "pending", cart_id: cartId })
        const approvalId: string = submitted.data.approval.id
        const pending = await acceptC(quote.id, C.buyer.token)
        expect([pending.status, pending.data.message]).toEqual([403, expect.stringMatching(/awaiting approval/)])
        const { data: waiting } = await api.get(`/store/quotes/${quote.id}`, store(C.buyer.token))
        expect(waiting.quote).toMatchObject({ status: "sent", accept_cart_id: cartId, order_id: null })
        const { data: stillPending } = await api.get(`/store/carts/${cartId}/approval`, store(C.buyer.token))
        expect(stillPending.approval).toMatchObject({ id: approvalId, status: "pending" })
        expect(await quoteCartsOfBuyer()).toEqual([cartId])
        const { data: kept } = await api.get(`/store/carts/${cartId}?fields=id,*shipping_methods`, store(C.buyer.token))
        expect(kept.cart.shipping_methods).toEqual([]) // what the failed run added is undone
        expect(await ordersOf(container, cBuyerId)).toEqual([])

        // The buyer cannot approve their own cart; the company's approver can.
        expect((await decide(approvalId, C.buyer.token)).status).toBe(403)
        const approved = await decide(approvalId, approver.token)
        expect([approved.status, approved.data.approval?.status]).toEqual([200, "approved"])

        // Approved or not, the cart never completes past the quote — not even without quote_id.
        const auth = store(C.buyer.token)
        await api.post(
          `/store/carts/${cartId}`,
          { metadata: { company_id: C.id, po_number: "PO-2", quote_id: null } },
          auth
        )
        await shipAndPay(api, auth, cartId, ON_ACCOUNT)
        const direct = await complete(api, world.key, C.buyer.token, cartId)
        expect([direct.status, direct.data.message]).toEqual([400, expect.stringMatching(/only by accepting it/)])
        expect(await ordersOf(container, cBuyerId)).toEqual([])

        // Accepting orders from the approved cart: one order at the quoted prices.
        const accepted = await acceptC(quote.id, C.buyer.token, { po_number: "PO-3" })
        expect(accepted.status).toBe(200)
        expect(accepted.data.quote).toMatchObject({
          status: "accepted",
          order_id: accepted.data.order.id,
          accept_cart_id: null,
        })
        const orders = await ordersOf(container, cBuyerId)
        expect(orders.map((o) => o.id)).toEqual([accepted.data.order.id])
        expect(orders[0].metadata).toMatchObject({ quote_id: quote.id, po_number: "PO-3", company_id: C.id })
        expect(
          orders[0].items
            .map((i: any) => [i.variant_id, Number(i.unit_price), Number(i.detail?.quantity ?? i.quantity)])
            .sort()
        ).toEqual(
          items()
            .map((i) => [i.variant_id, i.unit_price, i.quantity])
            .sort()
        )
        const { data: carts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "cart",
          fields: ["id", "completed_at"],
          filters: { id: cartId },
        })
        expect(carts[0].completed_at).toBeTruthy()
        const ordered = await eventually(
          async () => (await api.get(`/store/approvals/${approvalId}`, store(C.buyer.token))).data.approval,
          (approval: any) => approval.status === "ordered"
        )
        expect(ordered.order_id).toBe(accepted.data.order.id)
      })

      it("does not let the approval of an earlier offer cover a new counter-offer", async () => {
        const container = getContainer()
        const before = (await ordersOf(container, cBuyerId)).length
        const quote = await sentQuote(api, world.key, admin, C.buyer.token, world.eur, items())
        const prepared = await quoteCart(quote.id, C.buyer.token)
        const cartId: string = prepared.data.cart_id
        // Rejected: accepting is refused, the cart and its request stay; submitted again and approved.
        const first = await submit(cartId, C.buyer.token)
        const rejected = await call(
          api.post(
            `/store/approvals/${first.data.approval.id}/reject`,
            { comment: "Too much this month" },
            store(approver.token)
          )
        )
        expect([rejected.status, rejected.data.approval?.status]).toEqual([200, "rejected"])
        const refusedRejected = await acceptC(quote.id, C.buyer.token)
        expect([refusedRejected.status, refusedRejected.data.message]).toEqual([
          403,
          expect.stringMatching(/was rejected/),
        ])
        const { data: afterReject } = await api.get(`/store/quotes/${quote.id}`, store(C.buyer.token))
        expect(afterReject.quote).toMatchObject({ status: "sent", accept_cart_id: cartId })
        const submitted = await submit(cartId, C.buyer.token)
        expect(submitted.status).toBe(200)
        expect((await decide(submitted.data.approval.id, approver.token)).status).toBe(200)

        // The merchant sends a new offer: the approved cart holds the old one and is forgotten.
        const resent = await sendOffer(api, admin, quote.id, {
          lines: quote.lines.map((l: any) => ({ id: l.id, quantity: l.quantity, unit_price: l.unit_price - 0.5 })),
        })
        expect(resent).toMatchObject({ status: "sent", version: 2, accept_cart_id: null })
        const refused = await acceptC(quote.id, C.buyer.token)
        expect([refused.status, refused.data.message]).toEqual([403, expect.stringMatching(/needs approval/)])
        expect((await ordersOf(container, cBuyerId)).length).toBe(before)

        // The new offer needs a cart (and an approval) of its own.
        const next = await quoteCart(quote.id, C.buyer.token)
        expect(next.status).toBe(200)
        expect(next.data.cart_id).not.toBe(cartId)
        const { data: fresh } = await api.get(`/store/carts/${next.data.cart_id}/approval`, store(C.buyer.token))
        expect(fresh).toMatchObject({ requirement: { required: true }, approval: null, valid: false })
      })
    })

    describe("counter-offer after acceptance", () => {
      it("cannot change an accepted quote", async () => {
        const quote = await offer()
        await accept(quote.id, world.A.buyer.token)
        const resend = await call(
          api.post(
            `/admin/quotes/${quote.id}/send`,
            { lines: [{ id: quote.lines[0].id, quantity: 1, unit_price: 0.5 }] },
            admin
          )
        )
        expect([resend.status, resend.data.message]).toEqual([409, expect.stringMatching(/already accepted/)])
        const decline = await call(api.post(`/admin/quotes/${quote.id}/decline`, { reason: "late" }, admin))
        expect(decline.status).toBe(409)
        const { data } = await api.get(`/admin/quotes/${quote.id}`, admin)
        expect(data.quote.lines.map((l: any) => l.unit_price).sort()).toEqual([21.75, 6].sort())
      })
    })
  },
})
