import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  asEmployee,
  completeAs,
  createFixedTotalProduct,
  eventually,
  ledger,
  seedCompany,
  type SeededCompany,
  storeHeaders,
  tradeCart,
} from "@hybrid/test-kit/fixtures"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { answer, approvalModule, orderOf, sentNotifications } from "../helpers/approvals"

/**
 * The merchant's review of large orders: rules per currency, the pending review the order.placed
 * subscriber opens, fulfilment refused until approved (HTTP and workflow), rejection cancelling the
 * order and releasing the company's spend, and the admin routes' authentication.
 * The 600 product makes a one-unit order of exactly €600.00; the 120 product one of €120.00.
 */
integrationSuite({
  testSuite: ({ api, getContainer, store }) => {
    let big: string
    let small: string
    let acme: SeededCompany
    let locationId: string

    beforeAll(async () => {
      const container = getContainer()
      big = (await createFixedTotalProduct(container, { handle: "review-test-600", eurTotal: 600 })).variantId
      small = (await createFixedTotalProduct(container, { handle: "review-test-120", eurTotal: 120 })).variantId
      acme = await seedCompany(container, api, store.tradeKey, {
        name: "Acme Review",
        employees: [
          { key: "admin", role: "admin" },
          { key: "approver", role: "approver" },
          { key: "buyer", role: "buyer" },
        ],
      })
      // Acme's buyers need approval above €400 net: the €600 order is approved before it is placed.
      await api.post("/store/approvals/settings", { amount_threshold: 400 }, asEmployee(store.tradeKey, acme, "admin"))
      await api.post(
        "/admin/approvals/merchant-review-rules",
        { currency_code: "eur", amount_threshold: 500 },
        store.admin
      )
      const { data } = await api.get("/admin/stock-locations", store.admin)
      locationId = data.stock_locations[0].id
    })

    /** Places a one-unit order of `variant` as Acme's buyer (approved by the approver when needed). */
    const placeOrder = async (variant: string) => {
      const cartId = await tradeCart(api, store.tradeKey, acme, "buyer", {
        regionId: store.eur,
        variantId: variant,
        quantity: 1,
      })
      const { data } = await api.get(`/store/carts/${cartId}/approval`, asEmployee(store.tradeKey, acme, "buyer"))
      if (data.requirement.required) {
        const submitted = await api.post(
          `/store/carts/${cartId}/approval`,
          {},
          asEmployee(store.tradeKey, acme, "buyer")
        )
        await api.post(
          `/store/approvals/${submitted.data.approval.id}/approve`,
          {},
          asEmployee(store.tradeKey, acme, "approver")
        )
      }
      const placed = await completeAs(api, store.tradeKey, acme, "buyer", cartId)
      expect(placed.data.type).toBe("order")
      return placed.data.order.id as string
    }
    /** The order's pending review, once the order.placed subscriber has opened it. */
    const reviewOf = async (orderId: string) => {
      const { data } = await eventually(
        () => answer(api.get(`/admin/approvals/orders/${orderId}`, store.admin)),
        (res) => res.data.review !== null
      )
      return data.review
    }
    /**
     * The order's review when none is expected: read after the order.placed subscribers have run
     * (company-accounts' files the order's metadata; ours runs on the same event).
     */
    const noReviewOf = async (orderId: string) => {
      await eventually(
        async () => (await orderOf(getContainer(), orderId)).metadata?.payment_terms,
        (terms) => terms !== undefined
      )
      await new Promise((resolve) => setTimeout(resolve, 1000))
      return (await api.get(`/admin/approvals/orders/${orderId}`, store.admin)).data.review
    }
    const fulfil = async (orderId: string) => {
      const order = await orderOf(getContainer(), orderId)
      return answer(
        api.post(
          `/admin/orders/${orderId}/fulfillments`,
          { location_id: locationId, items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
          store.admin
        )
      )
    }
    const fulfilmentsOf = async (orderId: string) =>
      ((await orderOf(getContainer(), orderId)).fulfillments ?? []).length

    describe("admin routes", () => {
      it("answer 401 to customers and anonymous callers", async () => {
        const customer = storeHeaders(store.tradeKey, acme.employees.admin.token)
        const calls = (headers: object) => [
          () => api.get("/admin/approvals/merchant-review-rules", headers),
          () =>
            api.post("/admin/approvals/merchant-review-rules", { currency_code: "eur", amount_threshold: 1 }, headers),
          () => api.get("/admin/approvals/reviews", headers),
          () => api.post("/admin/approvals/reviews/mrev_x/approve", {}, headers),
          () => api.post("/admin/approvals/reviews/mrev_x/reject", { comment: "x" }, headers),
          () => api.get("/admin/approvals/orders/order_x", headers),
          () => api.post("/admin/orders/order_x/fulfillments", { items: [] }, headers),
        ]
        for (const call of [...calls(customer), ...calls({})]) {
          expect((await answer(call())).status).toBe(401)
        }
      })

      it("set, change and remove the review threshold of a currency", async () => {
        expect((await api.get("/admin/approvals/merchant-review-rules", store.admin)).data.rules).toEqual([
          { currency_code: "eur", amount_threshold: 500 },
        ])
        const { data } = await api.post(
          "/admin/approvals/merchant-review-rules",
          { currency_code: "USD", amount_threshold: 1000 },
          store.admin
        )
        expect(data.rules).toEqual([
          { currency_code: "eur", amount_threshold: 500 },
          { currency_code: "usd", amount_threshold: 1000 },
        ])
        await api.post(
          "/admin/approvals/merchant-review-rules",
          { currency_code: "eur", amount_threshold: 750 },
          store.admin
        )
        const removed = await api.post(
          "/admin/approvals/merchant-review-rules",
          { currency_code: "usd", amount_threshold: null },
          store.admin
        )
        expect(removed.data.rules).toEqual([{ currency_code: "eur", amount_threshold: 750 }])
        const invalid = await answer(
          api.post(
            "/admin/approvals/merchant-review-rules",
            { currency_code: "euro", amount_threshold: -5 },
            store.admin
          )
        )
        expect(invalid.status).toBe(400)
        expect(invalid.data.message).toContain("currency_code")
        // Orders under the new threshold are not reviewed.
        const orderId = await placeOrder(big)
        expect(await noReviewOf(orderId)).toBeNull()
      })
    })

    describe("reviews", () => {
      it("hold an order over the rule until the merchant approves it; fulfilment is refused meanwhile", async () => {
        const orderId = await placeOrder(big)
        const review = await reviewOf(orderId)
        const order = await orderOf(getContainer(), orderId)
        expect(review).toMatchObject({
          order_id: orderId,
          order_display_id: order.display_id,
          company_id: acme.id,
          company_name: "Acme Review",
          amount: 600,
          currency_code: "eur",
          status: "pending",
          decided_by: null,
        })
        expect(review.id).toMatch(/^mrev_/)
        const told = await sentNotifications(getContainer(), "merchant_review.required")
        expect(told.map((n) => n.to)).toEqual(["sales@example.com"])

        // The company approval behind the order is on record too.
        const { data: history } = await api.get(`/admin/approvals/orders/${orderId}`, store.admin)
        expect(history.approval).toMatchObject({ status: "ordered", order_id: orderId, amount: 495.1 })

        const { data: queue } = await api.get("/admin/approvals/reviews", store.admin)
        expect(queue.reviews.map((r: any) => r.id)).toEqual([review.id])
        expect(queue.counts).toEqual({ pending: 1 })

        // Refused over HTTP (409 naming the review) and through the workflow (the hook compensates).
        const refused = await fulfil(orderId)
        expect(refused.status).toBe(409)
        expect(refused.data.message).toContain(review.id)
        expect(refused.data.message).toContain(`#${order.display_id}`)
        await expect(
          createOrderFulfillmentWorkflow(getContainer()).run({
            input: {
              order_id: orderId,
              location_id: locationId,
              items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
            },
          })
        ).rejects.toThrow(/awaits merchant review/)
        expect(await fulfilmentsOf(orderId)).toBe(0)

        // A small order is not held.
        const smallOrder = await placeOrder(small)
        expect(await noReviewOf(smallOrder)).toBeNull()
        expect((await fulfil(smallOrder)).status).toBe(200)

        const approved = await answer(
          api.post(`/admin/approvals/reviews/${review.id}/approve`, { comment: "Known customer" }, store.admin)
        )
        expect(approved.status).toBe(200)
        expect(approved.data.review).toMatchObject({
          status: "approved",
          comment: "Known customer",
          decided_by_name: expect.stringContaining("@"),
        })
        expect(approved.data.review.decided_by).toMatch(/^user_/)
        expect(
          (await answer(api.post(`/admin/approvals/reviews/${review.id}/reject`, { comment: "late" }, store.admin)))
            .status
        ).toBe(409)
        expect((await fulfil(orderId)).status).toBe(200)
        expect(await fulfilmentsOf(orderId)).toBe(1)
        const { data: all } = await api.get("/admin/approvals/reviews?status=all", store.admin)
        expect(all.counts).toEqual({ pending: 0 })
        expect(all.reviews.map((r: any) => r.status)).toEqual(["approved"])
      })

      it("cancel the order when rejected, releasing the company's spend", async () => {
        const container = getContainer()
        const orderId = await placeOrder(big)
        const review = await reviewOf(orderId)
        await eventually(
          async () => (await ledger(container, acme.id)).some((c) => c.order_id === orderId),
          (filed) => filed
        )

        const noReason = await answer(api.post(`/admin/approvals/reviews/${review.id}/reject`, {}, store.admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("comment")

        const rejected = await answer(
          api.post(`/admin/approvals/reviews/${review.id}/reject`, { comment: "Suspicious address" }, store.admin)
        )
        expect(rejected.status).toBe(200)
        expect(rejected.data.review).toMatchObject({ status: "rejected", comment: "Suspicious address" })
        expect((await orderOf(container, orderId)).status).toBe("canceled")
        await eventually(
          async () => (await ledger(container, acme.id)).some((c) => c.order_id === orderId),
          (stillCounted) => !stillCounted
        )
        const refused = await fulfil(orderId)
        expect(refused.status).toBe(409)
        expect(refused.data.message).toContain("rejected")
      })

      it("put the review back to pending when the order cannot be canceled (compensation)", async () => {
        const container = getContainer()
        // An order the rule did not catch, already fulfilled; then a review is opened for it.
        const orderId = await placeOrder(small)
        expect(await noReviewOf(orderId)).toBeNull()
        expect((await fulfil(orderId)).status).toBe(200)
        const order = await orderOf(container, orderId)
        const review = await approvalModule(container).createMerchantReviews({
          order_id: orderId,
          order_display_id: order.display_id,
          amount: 120,
          currency_code: "eur",
        })

        // Cancelling a fulfilled order fails after the review was marked rejected: it is restored.
        const failed = await answer(
          api.post(`/admin/approvals/reviews/${review.id}/reject`, { comment: "Too late" }, store.admin)
        )
        expect(failed.status).toBeGreaterThanOrEqual(400)
        const restored = await approvalModule(container).retrieveMerchantReview(review.id)
        expect(restored).toMatchObject({ status: "pending", comment: null, decided_by: null, decided_at: null })
        expect((await orderOf(container, orderId)).status).not.toBe("canceled")
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["id", "canceled_at"], filters: { id: orderId } })
        expect(data[0].canceled_at).toBeNull()
      })
    })
  },
})
