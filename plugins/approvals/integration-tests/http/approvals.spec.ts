import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  asEmployee,
  complete,
  completeAs,
  consumerAccount,
  createFixedTotalProduct,
  eventually,
  GERMAN_ADDRESS,
  publishableKey,
  readyCart,
  seedCompany,
  type SeededCompany,
  storeHeaders,
  SYSTEM_PROVIDER,
  tradeCart,
} from "@hybrid/test-kit/fixtures"
import { answer, approvalModule, sentNotifications } from "../helpers/approvals"

/**
 * Company approvals through the store API: the rules, the cart lock while a request is pending,
 * the checkout guard on Medusa's cart completion, and who may decide what.
 * One unit of the test product costs 95.10 net; Acme's buyers need approval above 150.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let beans: string
    let acme: SeededCompany
    let bistro: SeededCompany
    let consumerToken: string

    beforeAll(async () => {
      const container = getContainer()
      beans = (await createFixedTotalProduct(container, { handle: "approval-test-beans", eurTotal: 120 })).variantId
      acme = await seedCompany(container, api, store.tradeKey, {
        name: "Acme Approvals",
        employees: [
          { key: "admin", role: "admin" },
          { key: "approver", role: "approver" },
          { key: "approver2", role: "approver" },
          { key: "buyer", role: "buyer" },
          { key: "buyer2", role: "buyer" },
          { key: "viewer", role: "viewer" },
        ],
      })
      bistro = await seedCompany(container, api, store.tradeKey, {
        name: "Bistro Approvals",
        employees: [
          { key: "admin", role: "admin" },
          { key: "approver", role: "approver" },
          { key: "buyer", role: "buyer" },
        ],
      })
      await api.post("/store/approvals/settings", { amount_threshold: 150 }, asEmployee(store.tradeKey, acme, "admin"))
      await api.post(
        "/store/approvals/settings",
        { amount_threshold: 100 },
        asEmployee(store.tradeKey, bistro, "admin")
      )
      consumerToken = await consumerAccount(api, store.tradeKey, "consumer.approvals@example.com")
    })

    const as = (who: string, company: SeededCompany = acme) => asEmployee(store.tradeKey, company, who)
    const cartOf = (who: string, quantity: number, company: SeededCompany = acme) =>
      tradeCart(api, store.tradeKey, company, who, { regionId: store.eur, variantId: beans, quantity })
    const status = (cartId: string, who: string) => api.get(`/store/carts/${cartId}/approval`, as(who))
    const submit = (cartId: string, who: string, body: object = {}) =>
      answer(api.post(`/store/carts/${cartId}/approval`, body, as(who)))
    const decide = (id: string, decision: "approve" | "reject", who: string, body: object = {}, company = acme) =>
      answer(api.post(`/store/approvals/${id}/${decision}`, body, as(who, company)))
    const firstLine = async (cartId: string, who: string) =>
      (await api.get(`/store/carts/${cartId}`, as(who))).data.cart.items[0].id as string
    const setQuantity = (cartId: string, who: string, lineId: string, quantity: number) =>
      answer(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, as(who)))
    /** Changing the lines refreshes the payment collection; a new session is needed to complete. */
    const renewPayment = async (cartId: string, who: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, as(who))
      await api.post(
        `/store/payment-collections/${data.cart.payment_collection.id}/payment-sessions`,
        { provider_id: SYSTEM_PROVIDER },
        as(who)
      )
    }

    describe("rules", () => {
      it("are read by every role, saved by company admins only, and validated field by field", async () => {
        const { data } = await api.get("/store/approvals/settings", as("viewer"))
        expect(data.settings).toEqual({
          amount_threshold: 150,
          currency_code: "eur",
          amount_applies_to: ["buyer"],
          always_roles: [],
        })
        for (const who of ["approver", "buyer", "viewer"]) {
          expect((await answer(api.post("/store/approvals/settings", { amount_threshold: 1 }, as(who)))).status).toBe(
            403
          )
        }
        const negative = await answer(api.post("/store/approvals/settings", { amount_threshold: -1 }, as("admin")))
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain("amount_threshold")
        const role = await answer(
          api.post("/store/approvals/settings", { amount_threshold: 1, always_roles: ["boss"] }, as("admin"))
        )
        expect(role.status).toBe(400)
        expect(role.data.message).toContain("always_roles")

        const saved = await api.post(
          "/store/approvals/settings",
          { amount_threshold: null, always_roles: ["approver"] },
          as("admin")
        )
        expect(saved.data.settings).toEqual({
          amount_threshold: null,
          currency_code: "eur",
          amount_applies_to: ["buyer"],
          always_roles: ["approver"],
        })
        expect((await api.get("/store/approvals/settings", as("buyer"))).data.settings).toEqual(saved.data.settings)
        // Another company's rules are its own; customers outside companies have none.
        expect((await api.get("/store/approvals/settings", as("buyer", bistro))).data.settings.amount_threshold).toBe(
          100
        )
        expect(
          (await answer(api.get("/store/approvals/settings", storeHeaders(store.tradeKey, consumerToken)))).status
        ).toBe(404)
      })

      it("require approval above the threshold for the roles it applies to, and always for always_roles", async () => {
        const under = await status(await cartOf("buyer", 1), "buyer")
        expect(under.data).toEqual({ requirement: { required: false, reasons: [] }, approval: null, valid: false })

        const over = await status(await cartOf("buyer", 2), "buyer")
        expect(over.data.requirement.required).toBe(true)
        expect(over.data.requirement.reasons).toEqual([{ code: "amount", message: expect.stringContaining("€190.20") }])

        // The amount rule applies to buyers only.
        const approverCart = await cartOf("approver", 2)
        expect((await status(approverCart, "approver")).data.requirement.required).toBe(false)

        await api.post("/store/approvals/settings", { amount_threshold: 150, always_roles: ["approver"] }, as("admin"))
        const always = await status(await cartOf("approver", 1), "approver")
        expect(always.data.requirement).toEqual({
          required: true,
          reasons: [{ code: "role", message: expect.stringContaining("approvers") }],
        })
        expect((await status(await cartOf("buyer", 1), "buyer")).data.requirement.required).toBe(false)

        // Only the cart's owner reads its approval.
        const buyerCart = await cartOf("buyer", 1)
        expect((await answer(status(buyerCart, "buyer2"))).status).toBe(404)
      })
    })

    describe("cart lock", () => {
      it("locks the cart's lines while a request is pending; rejecting or withdrawing unlocks it", async () => {
        const cartId = await cartOf("buyer", 2)
        const lineId = await firstLine(cartId, "buyer")

        expect((await submit(cartId, "viewer")).status).toBe(403)
        const notNeeded = await submit(await cartOf("buyer", 1), "buyer")
        expect(notNeeded.status).toBe(409)
        expect(notNeeded.data.message).toContain("does not need approval")

        const submitted = await submit(cartId, "buyer", { comment: "For the new bar" })
        expect(submitted.status).toBe(200)
        const approval = submitted.data.approval
        expect(approval).toMatchObject({
          status: "pending",
          cart_id: cartId,
          company_id: acme.id,
          requested_by: { customer_id: acme.employees.buyer.customerId, email: acme.employees.buyer.email },
          amount: 190.2,
          currency_code: "eur",
          items: [{ variant_id: beans, quantity: 2, unit_price: 95.1, subtotal: 190.2, sku: "APPROVAL-TEST-BEANS" }],
          reasons: [{ code: "amount" }],
          comment: "For the new bar",
          decided_by: null,
          decision_comment: null,
          decided_at: null,
          order_id: null,
        })
        expect(approval.id).toMatch(/^apreq_/)
        const again = await submit(cartId, "buyer")
        expect(again.status).toBe(409)
        expect(again.data.message).toContain("already awaiting approval")

        // Approvers and admins are told, the requester and viewers are not.
        const requested = await sentNotifications(getContainer(), "approval.requested")
        expect(requested.map((n) => n.to).sort()).toEqual(
          [acme.employees.admin.email, acme.employees.approver.email, acme.employees.approver2.email].sort()
        )

        const edits = [
          () => api.post(`/store/carts/${cartId}/line-items`, { variant_id: beans, quantity: 1 }, as("buyer")),
          () => api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 3 }, as("buyer")),
          () => api.delete(`/store/carts/${cartId}/line-items/${lineId}`, as("buyer")),
          () =>
            api.post(
              `/store/carts/${cartId}/line-items/bulk`,
              { items: [{ variant_id: beans, quantity: 1 }] },
              as("buyer")
            ),
          () => api.post(`/store/carts/${cartId}`, { email: "someone@example.com" }, as("buyer")),
          () => api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["NOPE"] }, as("buyer")),
          () => api.delete(`/store/carts/${cartId}/promotions`, { ...as("buyer"), data: { promo_codes: ["NOPE"] } }),
        ]
        for (const edit of edits) {
          const refused = await answer(edit())
          expect(refused.status).toBe(409)
          expect(refused.data.message).toMatch(/^This cart is awaiting approval: /)
        }
        // Shipping stays open.
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, as("buyer"))
        const shipping = await answer(
          api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: options.shipping_options[0].id },
            as("buyer")
          )
        )
        expect(shipping.status).toBe(200)
        const { data: cart } = await api.get(`/store/carts/${cartId}`, as("buyer"))
        expect(cart.cart.items).toHaveLength(1)
        expect(cart.cart.items[0].quantity).toBe(2)

        // Rejecting unlocks.
        const rejected = await decide(approval.id, "reject", "approver", { comment: "Too much this month" })
        expect(rejected.status).toBe(200)
        expect(rejected.data.approval).toMatchObject({
          status: "rejected",
          decision_comment: "Too much this month",
          decided_by: { customer_id: acme.employees.approver.customerId },
        })
        const told = await sentNotifications(getContainer(), "approval.rejected")
        expect(told.map((n) => n.to)).toEqual([acme.employees.buyer.email])
        expect((await setQuantity(cartId, "buyer", lineId, 3)).status).toBe(200)

        // Withdrawing unlocks.
        const resubmitted = await submit(cartId, "buyer")
        expect(resubmitted.status).toBe(200)
        expect((await setQuantity(cartId, "buyer", lineId, 2)).status).toBe(409)
        const withdrawn = await answer(api.delete(`/store/carts/${cartId}/approval`, as("buyer")))
        expect(withdrawn.status).toBe(200)
        expect(withdrawn.data.approval).toMatchObject({ id: resubmitted.data.approval.id, status: "withdrawn" })
        expect((await setQuantity(cartId, "buyer", lineId, 2)).status).toBe(200)
        expect((await answer(api.delete(`/store/carts/${cartId}/approval`, as("buyer")))).status).toBe(409)
        // Someone else cannot withdraw or submit the cart.
        expect((await answer(api.delete(`/store/carts/${cartId}/approval`, as("buyer2")))).status).toBe(404)
        expect((await submit(cartId, "buyer2")).status).toBe(404)
      })
    })

    describe("checkout guard", () => {
      it("refuses to complete without an approval, while pending and after a rejection", async () => {
        expect((await completeAs(api, store.tradeKey, acme, "buyer", await cartOf("buyer", 1))).data.type).toBe("order")

        const cartId = await cartOf("buyer", 2)
        const none = await completeAs(api, store.tradeKey, acme, "buyer", cartId)
        expect(none.status).toBe(403)
        expect(none.data.message).toContain("needs approval")

        const { data } = await api.post(`/store/carts/${cartId}/approval`, {}, as("buyer"))
        const pending = await completeAs(api, store.tradeKey, acme, "buyer", cartId)
        expect(pending.status).toBe(403)
        expect(pending.data.message).toContain("awaiting approval")

        await decide(data.approval.id, "reject", "admin", { comment: "No" })
        const rejected = await completeAs(api, store.tradeKey, acme, "buyer", cartId)
        expect(rejected.status).toBe(403)
        expect(rejected.data.message).toContain("was rejected")

        // Customers outside companies never need company approval.
        const consumerKey = await publishableKey(api, "consumer")
        const consumerCart = await readyCart(api, consumerKey, consumerToken, {
          regionId: store.eur,
          items: [{ variant_id: beans, quantity: 3 }],
          provider: SYSTEM_PROVIDER,
          address: GERMAN_ADDRESS,
        })
        expect((await complete(api, consumerKey, consumerToken, consumerCart)).data.type).toBe("order")
      })

      it("completes an approved cart only as approved: edits void the approval until it is approved again", async () => {
        const cartId = await cartOf("buyer", 2)
        const lineId = await firstLine(cartId, "buyer")
        const first = (await submit(cartId, "buyer")).data.approval
        expect((await decide(first.id, "approve", "approver", { comment: "OK" })).data.approval).toMatchObject({
          status: "approved",
          decision_comment: "OK",
        })
        expect((await status(cartId, "buyer")).data).toMatchObject({
          approval: { id: first.id, status: "approved" },
          valid: true,
        })
        const told = await sentNotifications(getContainer(), "approval.approved")
        expect(told.map((n) => n.to)).toEqual([acme.employees.buyer.email])

        // Edited after the approval: the approval no longer covers the cart.
        expect((await setQuantity(cartId, "buyer", lineId, 3)).status).toBe(200)
        await renewPayment(cartId, "buyer")
        expect((await status(cartId, "buyer")).data.valid).toBe(false)
        const changed = await completeAs(api, store.tradeKey, acme, "buyer", cartId)
        expect(changed.status).toBe(403)
        expect(changed.data.message).toContain("changed since it was approved — submit it again")

        // Approved again as it stands: the order goes through and the request is marked ordered.
        const second = (await submit(cartId, "buyer")).data.approval
        expect(second.amount).toBe(285.3)
        expect((await decide(second.id, "approve", "approver2")).status).toBe(200)
        const again = await submit(cartId, "buyer")
        expect(again.status).toBe(409)
        expect(again.data.message).toContain("already approved")
        const placed = await completeAs(api, store.tradeKey, acme, "buyer", cartId)
        expect(placed.data.type).toBe("order")
        const orderId = placed.data.order.id
        const ordered = await eventually(
          async () => (await api.get(`/store/approvals/${second.id}`, as("buyer"))).data.approval,
          (approval: any) => approval.status === "ordered"
        )
        expect(ordered.order_id).toBe(orderId)
        const { data: history } = await api.get(`/store/approvals?status=all`, as("buyer"))
        expect(history.approvals.map((a: any) => [a.id, a.status])).toEqual([
          [second.id, "ordered"],
          [first.id, "approved"],
        ])
      })
    })

    describe("decisions", () => {
      it("belong to the company's approvers and admins, never to the requester", async () => {
        const cartId = await cartOf("buyer", 2)
        const id = (await submit(cartId, "buyer")).data.approval.id

        expect((await decide(id, "approve", "buyer")).status).toBe(403)
        expect((await decide(id, "approve", "buyer2")).status).toBe(403)
        expect((await decide(id, "reject", "viewer", { comment: "x" })).status).toBe(403)

        // Another company's approver: the request does not exist for them.
        expect((await decide(id, "approve", "approver", {}, bistro)).status).toBe(404)
        expect((await answer(api.get(`/store/approvals/${id}`, as("approver", bistro)))).status).toBe(404)
        const { data: theirs } = await api.get("/store/approvals?status=all", as("approver", bistro))
        expect(theirs.approvals).toEqual([])
        expect(theirs.counts).toEqual({ pending: 0, approved: 0, rejected: 0 })

        // Buyers see their own requests only.
        expect((await answer(api.get(`/store/approvals/${id}`, as("buyer2")))).status).toBe(404)
        expect((await api.get("/store/approvals", as("buyer2"))).data.count).toBe(0)
        expect((await api.get(`/store/approvals/${id}`, as("buyer"))).data.approval.id).toBe(id)
        const { data: inbox } = await api.get("/store/approvals", as("approver"))
        expect(inbox.approvals.map((a: any) => a.id)).toEqual([id])
        expect(inbox.counts).toEqual({ pending: 1, approved: 0, rejected: 0 })

        // A rejection needs a reason.
        const noReason = await decide(id, "reject", "approver", { comment: "  " })
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("comment")

        // Approvers under always_roles cannot approve their own cart; a colleague can.
        await api.post("/store/approvals/settings", { amount_threshold: 150, always_roles: ["approver"] }, as("admin"))
        const own = (await submit(await cartOf("approver", 1), "approver")).data.approval
        const self = await decide(own.id, "approve", "approver")
        expect(self.status).toBe(403)
        expect(self.data.message).toBe("You cannot approve your own cart")
        expect((await decide(own.id, "reject", "approver", { comment: "me" })).status).toBe(403)
        expect((await decide(own.id, "approve", "approver2")).status).toBe(200)

        // Decided once.
        expect((await decide(id, "approve", "admin")).status).toBe(200)
        const twice = await decide(id, "reject", "approver", { comment: "late" })
        expect(twice.status).toBe(409)
        expect(twice.data.message).toContain("already decided")
        const { data: after } = await api.get("/store/approvals?status=approved", as("admin"))
        expect(after.count).toBe(2)
        expect(after.counts).toEqual({ pending: 0, approved: 2, rejected: 0 })
      })

      it("records exactly one decision when an approve and a reject race", async () => {
        const ids: string[] = []
        for (const who of ["buyer", "buyer2", "buyer"]) {
          ids.push((await submit(await cartOf(who, 2), who)).data.approval.id)
        }
        const service = approvalModule(getContainer())
        const period = {
          currency_code: "eur",
          from: new Date(Date.now() - 3_600_000),
          to: new Date(Date.now() + 3_600_000),
        }
        expect((await service.insightsFigures(period)).approvals).toEqual({
          pending_count: 3,
          pending_value: 570.6,
          median_hours_to_decide: null,
        })

        for (const id of ids) {
          const [approve, reject] = await Promise.all([
            decide(id, "approve", "approver"),
            decide(id, "reject", "approver2", { comment: "Race" }),
          ])
          expect([approve.status, reject.status].sort()).toEqual([200, 409])
          const winner = approve.status === 200 ? "approved" : "rejected"
          const { data } = await api.get(`/store/approvals/${id}`, as("admin"))
          expect(data.approval.status).toBe(winner)
          expect(data.approval.decided_by.customer_id).toBe(
            winner === "approved" ? acme.employees.approver.customerId : acme.employees.approver2.customerId
          )
        }
        const decided = [
          ...(await sentNotifications(getContainer(), "approval.approved")),
          ...(await sentNotifications(getContainer(), "approval.rejected")),
        ]
        expect(decided).toHaveLength(3)
        const figures = (await service.insightsFigures(period)).approvals
        expect(figures.pending_count).toBe(0)
        expect(figures.median_hours_to_decide).toBeGreaterThanOrEqual(0)
      })
    })
  },
})
