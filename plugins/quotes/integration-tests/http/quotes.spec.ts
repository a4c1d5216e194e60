import { beforeAll, beforeEach, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { adminHeaders, call, priceOf, registerCustomer, seedCompany, storeHeaders } from "@hybrid/test-kit/fixtures"
import {
  MERCHANT_EMAIL,
  cartWith,
  customerIdOf,
  inDays,
  notifications,
  quoteModule,
  requestQuote,
  sendOffer,
  variant,
  quoteWorld,
  type QuoteWorld,
} from "../helpers/quotes"

/**
 * Quote negotiation through the raw HTTP API: request from a cart, counter-offers (prices,
 * quantities, added and removed lines), expiry, thread with line comments, history, notifications,
 * who may see and do what, contract prices, and compensation of a failed counter-offer.
 */
integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    let filters: { id: string; price: number }
    let admin: { headers: Record<string, string> }
    const store = (token?: string) => storeHeaders(world.key, token)

    beforeAll(async () => {
      const container = getContainer()
      world = await quoteWorld(api, container, "quote")
      filters = await variant(api, world.key, world.eur, "paper-filters-v60", "PAPER-FILTERS-V60", world.A.buyer.token)
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    describe("negotiation", () => {
      it("requests from a cart, sends counter-offers with changed, added and removed lines, keeps thread and history, and notifies", async () => {
        const container = getContainer()
        const cartId = await cartWith(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
          { variant_id: filters.id, quantity: 5 },
        ])
        const { data: cartData } = await api.get(`/store/carts/${cartId}`, store(world.A.buyer.token))
        const cartPrice = (variantId: string) =>
          Number(cartData.cart.items.find((i: any) => i.variant_id === variantId).unit_price)

        const requested = await call(
          api.post(
            "/store/quotes",
            { cart_id: cartId, message: "We open a second shop; 10 kg a month?" },
            store(world.A.buyer.token)
          )
        )
        expect(requested.status).toBe(200)
        const quote = requested.data.quote
        expect(quote).toMatchObject({
          status: "requested",
          company_id: world.A.id,
          company_name: "quote-alpha GmbH",
          requested_by: { email: world.A.buyer.email },
          currency_code: "eur",
          version: 0,
          order_id: null,
          message: "We open a second shop; 10 kg a month?",
        })
        expect(quote.lines).toHaveLength(2)
        const huilaLine = quote.lines.find((l: any) => l.variant_id === world.huila1kg.id)
        const filterLine = quote.lines.find((l: any) => l.variant_id === filters.id)
        expect(huilaLine).toMatchObject({
          requested_quantity: 10,
          requested_unit_price: cartPrice(world.huila1kg.id),
          quantity: 10,
          unit_price: cartPrice(world.huila1kg.id),
          sku: "COLOMBIA-HUILA-1KG",
          change: "unchanged",
        })
        expect(filterLine).toMatchObject({
          requested_quantity: 5,
          requested_unit_price: cartPrice(filters.id),
          change: "unchanged",
        })
        const requestedSubtotal = 10 * cartPrice(world.huila1kg.id) + 5 * cartPrice(filters.id)
        expect(quote.totals.requested_subtotal).toBeCloseTo(requestedSubtotal, 2)
        expect(quote.history.map((h: any) => h.action)).toEqual(["requested"])

        // The cart is left alone.
        const { data: after } = await api.get(`/store/carts/${cartId}`, store(world.A.buyer.token))
        expect(after.cart.items).toHaveLength(2)
        expect(after.cart.completed_at ?? null).toBeNull()

        // The merchant is told, and finds it in the admin list by status and by company name.
        const merchantMails = await notifications(container, { to: MERCHANT_EMAIL, template: "quote.requested" })
        expect(merchantMails).toHaveLength(1)
        expect(merchantMails[0].data).toMatchObject({
          quote_id: quote.id,
          display_id: quote.display_id,
          company_name: "quote-alpha GmbH",
        })
        expect(quote.display_id).toEqual(expect.any(Number))
        const listed = await api.get(`/admin/quotes?status=requested&q=alpha`, admin)
        expect(listed.data.quotes.map((q: any) => q.id)).toContain(quote.id)
        expect(listed.data.quotes[0]).toMatchObject({ line_count: 2 })
        expect(listed.data.quotes[0].messages).toBeUndefined()
        const byCompany = await api.get(`/admin/quotes?company_id=${world.B.id}`, admin)
        expect(byCompany.data.quotes.map((q: any) => q.id)).not.toContain(quote.id)

        // Counter-offer: cheaper and more of the 1 kg, add 250 g bags, drop the filters.
        const sent = await call(
          api.post(
            `/admin/quotes/${quote.id}/send`,
            {
              lines: [
                { id: huilaLine.id, quantity: 12, unit_price: 24 },
                { variant_id: world.huila250.id, quantity: 4, unit_price: 7.5 },
              ],
              expires_at: inDays(10),
              message: "12 kg at 24.00 and four sample bags; filters are not discounted.",
            },
            admin
          )
        )
        expect(sent.status).toBe(200)
        expect(sent.data.quote).toMatchObject({ status: "sent", version: 1 })

        // The buyer sees the change per line.
        const { data: seen } = await api.get(`/store/quotes/${quote.id}`, store(world.A.buyer.token))
        const byVariant = (id: string) => seen.quote.lines.find((l: any) => l.variant_id === id)
        expect(byVariant(world.huila1kg.id)).toMatchObject({
          requested_quantity: 10,
          quantity: 12,
          unit_price: 24,
          subtotal: 288,
          change: "changed",
        })
        expect(byVariant(world.huila250.id)).toMatchObject({
          requested_quantity: null,
          requested_unit_price: null,
          quantity: 4,
          unit_price: 7.5,
          change: "added",
          title: expect.any(String),
          sku: "COLOMBIA-HUILA-250G",
        })
        expect(byVariant(filters.id)).toMatchObject({ change: "removed", subtotal: 0 })
        expect(seen.quote.totals).toMatchObject({ subtotal: 318, currency_code: "eur" })
        expect(seen.quote.totals.requested_subtotal).toBeCloseTo(requestedSubtotal, 2)
        expect(new Date(seen.quote.expires_at).getTime()).toBeGreaterThan(Date.now() + 9 * 24 * 3600 * 1000)
        const offerMails = await notifications(container, {
          to: world.A.buyer.email,
          template: "quote.counter_offer_sent",
        })
        expect(offerMails).toHaveLength(1)
        expect(offerMails[0].data).toMatchObject({ quote_id: quote.id, version: 1, subtotal: 318 })

        // Thread: a line comment from the buyer, a reply from the merchant; a foreign line id is refused.
        const comment = await call(
          api.post(
            `/store/quotes/${quote.id}/messages`,
            { body: "Could the 1 kg be 23?", line_id: huilaLine.id },
            store(world.A.buyer.token)
          )
        )
        expect(comment.status).toBe(200)
        const reply = await call(api.post(`/admin/quotes/${quote.id}/messages`, { body: "23.50 is our floor." }, admin))
        expect(reply.status).toBe(200)
        const foreignLine = await call(
          api.post(
            `/store/quotes/${quote.id}/messages`,
            { body: "x", line_id: "quoline_unknown" },
            store(world.A.buyer.token)
          )
        )
        expect(foreignLine.status).toBe(400)
        expect(foreignLine.data.message).toMatch(/line_id/)
        const emptyBody = await call(
          api.post(`/store/quotes/${quote.id}/messages`, { body: "  " }, store(world.A.buyer.token))
        )
        expect(emptyBody.status).toBe(400)
        expect(emptyBody.data.message).toMatch(/body/)
        expect(reply.data.quote.messages).toEqual([
          expect.objectContaining({
            author_type: "merchant",
            body: "12 kg at 24.00 and four sample bags; filters are not discounted.",
            line_id: null,
          }),
          expect.objectContaining({ author_type: "customer", body: "Could the 1 kg be 23?", line_id: huilaLine.id }),
          expect.objectContaining({ author_type: "merchant", body: "23.50 is our floor.", line_id: null }),
        ])
        expect((await notifications(container, { to: MERCHANT_EMAIL, template: "quote.message_posted" })).length).toBe(
          1
        )
        expect(
          (await notifications(container, { to: world.A.buyer.email, template: "quote.message_posted" })).length
        ).toBe(1)

        // A second counter-offer (from sent) brings the filters back and bumps the version.
        const second = await sendOffer(api, admin, quote.id, {
          lines: [
            { id: huilaLine.id, quantity: 12, unit_price: 23.5 },
            { id: filterLine.id, quantity: 5, unit_price: cartPrice(filters.id) },
            { id: byVariant(world.huila250.id).id, quantity: 4, unit_price: 7.5 },
          ],
        })
        expect(second.version).toBe(2)
        expect(second.lines.find((l: any) => l.id === filterLine.id).change).toBe("unchanged")

        // The buyer rejects; the merchant is told; nothing more can be sent or rejected.
        const rejected = await call(
          api.post(`/store/quotes/${quote.id}/reject`, { reason: "Too dear" }, store(world.A.buyer.token))
        )
        expect(rejected.status).toBe(200)
        expect(rejected.data.quote.status).toBe("rejected")
        expect(
          (await notifications(container, { to: MERCHANT_EMAIL, template: "quote.rejected" }))[0].data
        ).toMatchObject({
          quote_id: quote.id,
          reason: "Too dear",
        })
        const resend = await call(
          api.post(
            `/admin/quotes/${quote.id}/send`,
            { lines: [{ id: huilaLine.id, quantity: 1, unit_price: 1 }] },
            admin
          )
        )
        expect(resend.status).toBe(409)
        expect(resend.data.message).toMatch(/rejected/)
        expect((await call(api.post(`/store/quotes/${quote.id}/reject`, {}, store(world.A.buyer.token)))).status).toBe(
          409
        )

        const { data: final } = await api.get(`/admin/quotes/${quote.id}`, admin)
        expect(final.quote.history.map((h: any) => [h.action, h.actor_type, h.from_status, h.to_status])).toEqual([
          ["requested", "customer", null, "requested"],
          ["counter_offer_sent", "merchant", "requested", "sent"],
          ["counter_offer_sent", "merchant", "sent", "sent"],
          ["rejected", "customer", "sent", "rejected"],
        ])
      })

      it("reports a lapsed offer as expired, renews it with a new offer, and declines with a reason", async () => {
        const container = getContainer()
        const quote = await requestQuote(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const line = quote.lines[0]
        const past = await call(
          api.post(
            `/admin/quotes/${quote.id}/send`,
            { lines: [{ id: line.id, quantity: 10, unit_price: 25 }], expires_at: "2020-01-01T00:00:00Z" },
            admin
          )
        )
        expect(past.status).toBe(400)
        expect(past.data.message).toMatch(/expires_at/)
        await sendOffer(api, admin, quote.id, { lines: [{ id: line.id, quantity: 10, unit_price: 25 }] })
        await quoteModule(container).updateQuotes({ id: quote.id, expires_at: new Date(Date.now() - 60_000) })

        const { data: seen } = await api.get(`/store/quotes/${quote.id}`, store(world.A.buyer.token))
        expect(seen.quote.status).toBe("expired")
        const expiredList = await api.get(`/store/quotes?status=expired`, store(world.A.buyer.token))
        expect(expiredList.data.quotes.map((q: any) => q.id)).toEqual([quote.id])
        const sentList = await api.get(`/store/quotes?status=sent`, store(world.A.buyer.token))
        expect(sentList.data.quotes.map((q: any) => q.id)).not.toContain(quote.id)
        const adminExpired = await api.get(
          `/admin/quotes?status=expired&expires_before=${new Date().toISOString()}`,
          admin
        )
        expect(adminExpired.data.quotes.map((q: any) => q.id)).toContain(quote.id)
        const rejectExpired = await call(api.post(`/store/quotes/${quote.id}/reject`, {}, store(world.A.buyer.token)))
        expect(rejectExpired.status).toBe(409)
        expect(rejectExpired.data.message).toMatch(/expired/)

        // A new offer renews it.
        const renewed = await sendOffer(api, admin, quote.id, {
          lines: [{ id: line.id, quantity: 10, unit_price: 24.9 }],
          expires_at: inDays(3),
        })
        expect(renewed).toMatchObject({ status: "sent", version: 2 })

        const noReason = await call(api.post(`/admin/quotes/${quote.id}/decline`, {}, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)
        const declined = await call(
          api.post(`/admin/quotes/${quote.id}/decline`, { reason: "Harvest sold out" }, admin)
        )
        expect(declined.status).toBe(200)
        expect(declined.data.quote.status).toBe("declined")
        const mails = await notifications(container, { to: world.A.buyer.email, template: "quote.declined" })
        expect(mails[0].data).toMatchObject({ quote_id: quote.id, reason: "Harvest sold out" })
        expect((await call(api.post(`/admin/quotes/${quote.id}/decline`, { reason: "again" }, admin))).status).toBe(409)
      })

      it("validates bodies strictly, naming the field", async () => {
        const cartId = await cartWith(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const unknownField = await call(
          api.post(
            "/store/quotes",
            { cart_id: cartId, message: "hi", prices: [{ unit_price: 1 }] },
            store(world.A.buyer.token)
          )
        )
        expect(unknownField.status).toBe(400)
        expect(unknownField.data.message).toMatch(/prices/)
        const longMessage = await call(
          api.post("/store/quotes", { cart_id: cartId, message: "x".repeat(2001) }, store(world.A.buyer.token))
        )
        expect(longMessage.status).toBe(400)
        expect(longMessage.data.message).toMatch(/message/)
        const noMessage = await call(api.post("/store/quotes", { cart_id: cartId }, store(world.A.buyer.token)))
        expect(noMessage.status).toBe(400)
        expect(noMessage.data.message).toMatch(/message/)

        const emptyCart = await cartWith(api, world.key, world.A.buyer.token, world.eur, [])
        const empty = await call(
          api.post("/store/quotes", { cart_id: emptyCart, message: "hi" }, store(world.A.buyer.token))
        )
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/cart_id: the cart is empty/)
        const usdCart = await cartWith(api, world.key, world.A.buyer.token, world.usd, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const wrongCurrency = await call(
          api.post("/store/quotes", { cart_id: usdCart, message: "hi" }, store(world.A.buyer.token))
        )
        expect(wrongCurrency.status).toBe(400)
        expect(wrongCurrency.data.message).toMatch(/cart_id: .*USD/)

        const quote = await requestQuote(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const line = quote.lines[0]
        const { data: giftBox } = await api.get("/admin/products?handle=discovery-gift-box&fields=variants.id", admin)
        const consumerOnly: string = giftBox.products[0].variants[0].id
        const cases: [Record<string, unknown>, RegExp][] = [
          [
            { lines: [{ variant_id: consumerOnly, quantity: 1, unit_price: 1 }] },
            /lines\[0\]\.variant_id: DISCOVERY-GIFT-BOX is not sold/,
          ],
          [{ lines: [{ id: line.id, quantity: 1, unit_price: 1, discount: 5 }] }, /discount/],
          [{ lines: [{ id: line.id, quantity: 0, unit_price: 1 }] }, /quantity/],
          [{ lines: [{ id: line.id, quantity: 1, unit_price: -1 }] }, /unit_price/],
          [{ lines: [{ quantity: 1, unit_price: 1 }] }, /id.*variant_id/],
          [{ lines: [] }, /lines/],
          [{ lines: [{ id: "quoline_nope", quantity: 1, unit_price: 1 }] }, /lines\[0\]\.id/],
          [{ lines: [{ variant_id: "variant_nope", quantity: 1, unit_price: 1 }] }, /lines\[0\]\.variant_id/],
          [
            { lines: [{ variant_id: world.huila1kg.id, quantity: 1, unit_price: 1 }] },
            /lines\[0\]\.variant_id: the quote already has a line/,
          ],
          [
            { lines: [{ id: line.id, quantity: 1, unit_price: 1 }], contract_prices: { ends_at: "soon" } },
            /contract_prices\.ends_at/,
          ],
          [{ lines: [{ id: line.id, quantity: 1, unit_price: 1 }], status: "accepted" }, /status/],
        ]
        for (const [body, message] of cases) {
          const answer = await call(api.post(`/admin/quotes/${quote.id}/send`, body, admin))
          expect([answer.status, answer.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        const { data: unchanged } = await api.get(`/admin/quotes/${quote.id}`, admin)
        expect(unchanged.quote).toMatchObject({ status: "requested", version: 0 })
      })
    })

    describe("quantity rules", () => {
      it("refuses a counter-offer whose quantities break a trade quantity rule before writing anything, and sends an allowed one", async () => {
        const chemex = await variant(api, world.key, world.eur, "chemex-filters", "CHEMEX-FILTERS", world.A.buyer.token)
        const tablets = await variant(
          api,
          world.key,
          world.eur,
          "cleaning-tablets",
          "CLEANING-TABLETS",
          world.A.buyer.token
        )
        const setRule = async (
          variantId: string,
          min_quantity: number,
          increment: number,
          max_quantity: number | null
        ) => {
          const answer = await call(
            api.post(
              "/admin/trade-pricing/quantity-rules",
              { variant_id: variantId, min_quantity, increment, max_quantity },
              admin
            )
          )
          expect(answer.status).toBe(200)
        }
        // Cases of 6, from 12 to 60 filters; tablets in sixes up to 60.
        await setRule(chemex.id, 12, 6, 60)
        await setRule(tablets.id, 6, 6, 60)

        const quote = await requestQuote(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
          { variant_id: chemex.id, quantity: 12 },
        ])
        const huilaLine = quote.lines.find((l: any) => l.variant_id === world.huila1kg.id)
        const chemexLine = quote.lines.find((l: any) => l.variant_id === chemex.id)
        const send = (lines: Record<string, unknown>[]) =>
          call(
            api.post(`/admin/quotes/${quote.id}/send`, { lines, expires_at: inDays(7), message: "Cases only" }, admin)
          )
        const lineState = (q: any) =>
          q.lines
            .map((l: any) => [l.variant_id, l.quantity, l.unit_price, l.change])
            .sort((a: any[], b: any[]) => a[0].localeCompare(b[0]))
        const expectUnchanged = async () => {
          const { data } = await api.get(`/admin/quotes/${quote.id}`, admin)
          expect(data.quote).toMatchObject({ status: "requested", version: 0, expires_at: null })
          expect(lineState(data.quote)).toEqual(lineState(quote))
          expect(data.quote.messages).toEqual([])
          expect(data.quote.history.map((h: any) => h.action)).toEqual(["requested"])
        }

        // An existing line offered at 20: refused with trade-pricing's wording and the nearest allowed quantities.
        const breaking = await send([
          { id: huilaLine.id, quantity: 10, unit_price: 24 },
          { id: chemexLine.id, quantity: 20, unit_price: 5 },
        ])
        expect(breaking.status).toBe(400)
        expect(breaking.data).toMatchObject({
          type: "invalid_data",
          message:
            "lines[1].quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest allowed: 18, 24)",
        })
        await expectUnchanged()

        // Below the minimum on a listed line and above the maximum on an added line: both named.
        const both = await send([
          { id: chemexLine.id, quantity: 6, unit_price: 5 },
          { variant_id: tablets.id, quantity: 100, unit_price: 3 },
        ])
        expect(both.status).toBe(400)
        expect(both.data.message).toBe(
          "lines[0].quantity: SKU CHEMEX-FILTERS is sold in multiples of 6 from 12 up to 60 (nearest allowed: 12, 18); " +
            "lines[1].quantity: SKU CLEANING-TABLETS is sold in multiples of 6 from 6 up to 60 (nearest allowed: 54, 60)"
        )
        await expectUnchanged()

        // Allowed quantities go through.
        const allowed = await send([
          { id: huilaLine.id, quantity: 10, unit_price: 24 },
          { id: chemexLine.id, quantity: 24, unit_price: 5 },
          { variant_id: tablets.id, quantity: 12, unit_price: 3 },
        ])
        expect(allowed.status).toBe(200)
        expect(allowed.data.quote).toMatchObject({ status: "sent", version: 1 })
        const offered = allowed.data.quote.lines
        expect(offered.find((l: any) => l.variant_id === chemex.id)).toMatchObject({ quantity: 24, change: "changed" })
        const tabletsLine = offered.find((l: any) => l.variant_id === tablets.id)
        expect(tabletsLine).toMatchObject({ quantity: 12, change: "added" })

        // Removed lines are not checked: with a tighter rule the filters line (24) would break, but it is dropped.
        await setRule(chemex.id, 30, 6, 60)
        const removing = await send([
          { id: huilaLine.id, quantity: 10, unit_price: 23 },
          { id: tabletsLine.id, quantity: 18, unit_price: 3 },
        ])
        expect(removing.status).toBe(200)
        expect(removing.data.quote).toMatchObject({ status: "sent", version: 2 })
        expect(removing.data.quote.lines.find((l: any) => l.variant_id === chemex.id)).toMatchObject({
          change: "removed",
        })
        await setRule(chemex.id, 12, 6, 60)
      })
    })

    describe("who may see and do what", () => {
      it("scopes quotes by company and requester, and guards roles and admin routes", async () => {
        const quote = await requestQuote(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const colleagueQuote = await requestQuote(api, world.key, world.colleague.token, world.eur, [
          { variant_id: filters.id, quantity: 6 },
        ])
        const outsider = await registerCustomer(api, world.key, {
          email: "nobody@quote.example",
          password: "a-long-password",
          first_name: "No",
          last_name: "Body",
        })

        const routes = (id: string) => [
          { method: "get", path: `/store/quotes/${id}` },
          { method: "post", path: `/store/quotes/${id}/messages`, body: { body: "hello" } },
          { method: "post", path: `/store/quotes/${id}/reject`, body: {} },
          { method: "post", path: `/store/quotes/${id}/accept`, body: { company_address_id: world.A.addressId } },
        ]
        const status = async (token: string | undefined, route: { method: string; path: string; body?: object }) =>
          (
            await call(
              route.method === "get"
                ? api.get(route.path, store(token))
                : api.post(route.path, route.body, store(token))
            )
          ).status

        // Company B's buyer and admin: A's quote does not exist for them.
        for (const token of [world.B.buyer.token, world.B.admin.token]) {
          for (const route of routes(quote.id)) {
            expect([route.path, await status(token, route)]).toEqual([route.path, 404])
          }
          const { data } = await api.get("/store/quotes?status=all", store(token))
          expect(data.quotes.map((q: any) => q.id)).not.toContain(quote.id)
        }
        // A colleague (buyer) does not see the buyer's quote; the viewer neither.
        for (const token of [world.colleague.token, world.viewer.token]) {
          expect(await status(token, routes(quote.id)[0])).toBe(404)
          expect(await status(token, routes(quote.id)[1])).toBe(404)
        }
        const colleagueList = await api.get("/store/quotes", store(world.colleague.token))
        expect(colleagueList.data.quotes.map((q: any) => q.id)).toEqual([colleagueQuote.id])
        expect(colleagueList.data.count).toBe(1)
        // The company admin sees both and may write in the thread.
        const adminList = await api.get("/store/quotes", store(world.A.admin.token))
        expect(adminList.data.quotes.map((q: any) => q.id).sort()).toEqual([quote.id, colleagueQuote.id].sort())
        expect(await status(world.A.admin.token, routes(quote.id)[0])).toBe(200)
        expect(await status(world.A.admin.token, routes(quote.id)[1])).toBe(200)
        // Accept / reject of a requested quote: allowed caller, wrong state.
        expect(await status(world.A.buyer.token, routes(quote.id)[3])).toBe(409)

        // Viewer cannot request, reject or accept; no company: 404; no session: 401.
        const viewerCart = await cartWith(api, world.key, world.viewer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const viewerRequest = await call(
          api.post("/store/quotes", { cart_id: viewerCart, message: "hi" }, store(world.viewer.token))
        )
        expect(viewerRequest.status).toBe(403)
        expect(await status(world.viewer.token, routes(quote.id)[2])).toBe(403)
        expect(await status(world.viewer.token, routes(quote.id)[3])).toBe(403)
        expect((await call(api.get("/store/quotes", store(outsider)))).status).toBe(404)
        expect((await call(api.get("/store/quotes", store()))).status).toBe(401)
        expect((await call(api.get(`/store/quotes/${quote.id}`, store()))).status).toBe(401)

        // A cart of someone else cannot be quoted.
        const colleagueCart = await cartWith(api, world.key, world.colleague.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const foreignCart = await call(
          api.post("/store/quotes", { cart_id: colleagueCart, message: "hi" }, store(world.A.buyer.token))
        )
        expect(foreignCart.status).toBe(404)

        // Admin routes: a customer token or no auth is 401.
        const adminRoutes = [
          { method: "get", path: "/admin/quotes" },
          { method: "get", path: `/admin/quotes/${quote.id}` },
          {
            method: "post",
            path: `/admin/quotes/${quote.id}/send`,
            body: { lines: [{ id: quote.lines[0].id, quantity: 1, unit_price: 1 }] },
          },
          { method: "post", path: `/admin/quotes/${quote.id}/decline`, body: { reason: "no" } },
          { method: "post", path: `/admin/quotes/${quote.id}/messages`, body: { body: "hi" } },
          { method: "post", path: `/admin/quotes/${quote.id}/contract-prices`, body: { ends_at: inDays(30) } },
        ]
        for (const route of adminRoutes) {
          for (const headers of [store(world.A.admin.token), {}]) {
            const answer = await call(
              route.method === "get" ? api.get(route.path, headers) : api.post(route.path, route.body, headers)
            )
            expect([route.path, answer.status]).toEqual([route.path, 401])
          }
        }
        const { data: untouched } = await api.get(`/admin/quotes/${quote.id}`, admin)
        expect(untouched.quote).toMatchObject({ status: "requested", version: 0 })
        expect(untouched.quote.messages.map((m: any) => m.body)).toEqual(["hello"])
      })
    })

    describe("contract prices", () => {
      it("turns an offer into the company's prices on /store/products, for its buyers only", async () => {
        const before = await priceOf(api, world.key, world.eur, world.A.buyer.token)
        const quote = await requestQuote(api, world.key, world.A.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        const tooEarly = await call(
          api.post(`/admin/quotes/${quote.id}/contract-prices`, { ends_at: inDays(30) }, admin)
        )
        expect(tooEarly.status).toBe(409)

        const sent = await sendOffer(api, admin, quote.id, {
          lines: [{ id: quote.lines[0].id, quantity: 10, unit_price: 19.5 }],
          contract_prices: { ends_at: inDays(90) },
        })
        expect(sent.contract_price_list_id).toMatch(/^plist_/)
        expect(sent.history.map((h: any) => h.action)).toEqual([
          "requested",
          "contract_prices_created",
          "counter_offer_sent",
        ])

        const { data: lists } = await api.get(
          `/admin/price-lists/${sent.contract_price_list_id}?fields=title,type,status,ends_at`,
          admin
        )
        expect(lists.price_list).toMatchObject({
          title: `Quote #${quote.display_id}: quote-alpha GmbH`,
          type: "sale",
          status: "active",
        })

        expect(before.amount).not.toBe(19.5)
        expect(await priceOf(api, world.key, world.eur, world.A.buyer.token)).toMatchObject({ amount: 19.5 })
        expect(await priceOf(api, world.key, world.eur, world.colleague.token)).toMatchObject({ amount: 19.5 })
        expect((await priceOf(api, world.key, world.eur, world.B.buyer.token)).amount).toBe(before.amount)

        const twice = await call(api.post(`/admin/quotes/${quote.id}/contract-prices`, { ends_at: inDays(30) }, admin))
        expect(twice.status).toBe(409)
        expect(twice.data.message).toMatch(/already has contract prices/)
      })

      it("creates contract prices later from a sent quote", async () => {
        const quote = await requestQuote(api, world.key, world.B.buyer.token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
        ])
        await sendOffer(api, admin, quote.id, { lines: [{ id: quote.lines[0].id, quantity: 10, unit_price: 21 }] })
        const made = await call(api.post(`/admin/quotes/${quote.id}/contract-prices`, { ends_at: inDays(30) }, admin))
        expect(made.status).toBe(200)
        expect(made.data.quote.contract_price_list_id).toMatch(/^plist_/)
        expect((await priceOf(api, world.key, world.eur, world.B.buyer.token)).amount).toBe(21)
      })
    })

    describe("compensation", () => {
      it("undoes every write of a counter-offer whose contract prices fail", async () => {
        const container = getContainer()
        // Written straight through the company module: active, but without its own customer group,
        // so trade-pricing refuses the price list after the lines and the status were written.
        const seeded = await seedCompany(container, api, world.key, {
          name: "Groupless Grocer",
          employees: [{ key: "gus", role: "buyer" }],
        })
        const token = seeded.employees.gus.token
        const quote = await requestQuote(api, world.key, token, world.eur, [
          { variant_id: world.huila1kg.id, quantity: 10 },
          { variant_id: filters.id, quantity: 6 },
        ])
        const failed = await call(
          api.post(
            `/admin/quotes/${quote.id}/send`,
            {
              lines: [
                { id: quote.lines[0].id, quantity: 20, unit_price: 1 },
                { variant_id: world.huila250.id, quantity: 3, unit_price: 2 },
              ],
              message: "This message must disappear",
              contract_prices: { ends_at: inDays(30) },
            },
            admin
          )
        )
        expect(failed.status).toBe(400)
        expect(failed.data.message).toMatch(/customer group/)

        const { data } = await api.get(`/store/quotes/${quote.id}`, store(token))
        expect(data.quote).toMatchObject({
          status: "requested",
          version: 0,
          expires_at: null,
          contract_price_list_id: null,
        })
        expect(data.quote.lines.map((l: any) => [l.variant_id, l.quantity, l.unit_price, l.change])).toEqual(
          quote.lines.map((l: any) => [l.variant_id, l.quantity, l.unit_price, "unchanged"])
        )
        expect(data.quote.messages).toEqual([])
        expect(data.quote.history.map((h: any) => h.action)).toEqual(["requested"])
        expect(
          await notifications(container, { to: seeded.employees.gus.email, template: "quote.counter_offer_sent" })
        ).toEqual([])
        const customerId = await customerIdOf(api, world.key, token)
        expect(customerId).toMatch(/^cus_/)
        // The lock was released: the next offer goes through.
        const retry = await sendOffer(api, admin, quote.id, {
          lines: [{ id: quote.lines[0].id, quantity: 10, unit_price: 25 }],
        })
        expect(retry).toMatchObject({ status: "sent", version: 1 })
      })
    })
  },
})
