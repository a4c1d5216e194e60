import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  DEMO,
  ON_ACCOUNT,
  SYSTEM_PROVIDER,
  adminHeaders,
  call,
  complete,
  customerToken,
  eventually,
  productByHandle,
  publishableKey,
  readyCart,
  regionId,
  storeHeaders,
} from "@hybrid/test-kit/fixtures"
import retryEmails from "../../src/jobs/retry-emails"

/**
 * Issue 16, real email: the SMTP provider delivers every notification as a real email (HTML and
 * text parts, the site's look and links) to the worker's mail server; order confirmations (consumer,
 * trade on account with PO number and due date) and shipment emails; a refused send is recorded,
 * retried by the job and never blocks the order; the admin lists each email's delivery state.
 */
integrationSuite({
  testSuite: ({ api, getContainer, mailbox, dbConnection }) => {
    const keys = { consumer: "", trade: "" }
    let eur: string
    let admin: object
    let runs = 0

    beforeAll(async () => {
      keys.consumer = await publishableKey(api, "consumer")
      keys.trade = await publishableKey(api, "trade")
      eur = await regionId(api, keys.consumer, "eur")
      admin = await adminHeaders(api)
    })

    /** A guest order on the consumer site, placed with an email of this test only. */
    async function guestOrder(): Promise<{ email: string; order: any; status: number }> {
      const email = `guest-${++runs}-${Date.now()}@mail.example`
      const product = await productByHandle(api, keys.consumer, "paper-filters-v60")
      const cartId = await readyCart(api, keys.consumer, undefined, {
        regionId: eur,
        items: [{ variant_id: product.variants[0].id, quantity: 2 }],
        provider: SYSTEM_PROVIDER,
      })
      await api.post(`/store/carts/${cartId}`, { email }, storeHeaders(keys.consumer))
      const completed = await complete(api, keys.consumer, undefined, cartId)
      return { email, order: completed.data.order, status: completed.status }
    }

    const deliveries = async (to: string) =>
      (await dbConnection.raw('SELECT * FROM email_delivery WHERE "to" = ? ORDER BY created_at', [to])).rows

    it("a consumer order sends a real confirmation email: both parts, consumer look, links to the consumer site", async () => {
      const { email, order, status } = await guestOrder()
      expect(status).toBe(200)
      const mail = await mailbox.waitFor((m) => m.to.includes(email) && /Thank you for your order/.test(m.subject))
      expect(mail.subject).toBe(`Thank you for your order #${order.display_id}`)
      expect(mail.from).toBe("shop@example.com")
      expect(mail.headers["content-type"]).toMatch(/multipart\/alternative/)
      expect(mail.html).toContain("Hybrid Coffee Roasters")
      expect(mail.html).toContain("#b4532a")
      expect(mail.text).toContain("2 × ")
      const link = `http://localhost:4321/order/confirmed/${order.id}`
      expect(mail.html).toContain(`href="${link}"`)
      expect(mail.text).toContain(link)

      const [row] = await deliveries(email)
      expect(row).toMatchObject({ status: "sent", attempts: 1, template: "order.confirmation", site: "consumer" })

      // The admin sees it with its delivery state.
      const listed = await call(api.get("/admin/emails?limit=100", admin))
      expect(listed.status).toBe(200)
      expect(listed.data.emails.find((e: any) => e.to === email)).toMatchObject({
        status: "sent",
        attempts: 1,
        template: "order.confirmation",
        last_error: null,
      })
      expect(listed.data.emails[0]).not.toHaveProperty("html")
      const bad = await call(api.get("/admin/emails?status=lost", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^status: /)
      expect((await call(api.get("/admin/emails"))).status).toBe(401)
    })

    it("a refused send never blocks the order: it is recorded, retried with backoff, then delivered", async () => {
      mailbox.refuseNext(1, "Mailbox server down for maintenance")
      const { email, order, status } = await guestOrder()
      expect(status).toBe(200)
      expect(order.id).toMatch(/^order_/)

      const [queued] = await eventually(
        () => deliveries(email),
        (rows) => rows.length === 1,
        15_000
      )
      expect(queued).toMatchObject({ status: "retrying", attempts: 1 })
      expect(queued.last_error).toContain("Mailbox server down for maintenance")
      const waitSeconds = (new Date(queued.next_attempt_at).getTime() - Date.now()) / 1000
      expect(waitSeconds).toBeGreaterThan(30)
      expect(waitSeconds).toBeLessThanOrEqual(60)
      expect(mailbox.to(email)).toEqual([])

      // Not due yet: the job leaves it alone.
      await retryEmails(getContainer())
      expect((await deliveries(email))[0]).toMatchObject({ status: "retrying", attempts: 1 })

      // Refused again when due: the next wait doubles.
      await dbConnection.raw(
        "UPDATE email_delivery SET next_attempt_at = now() - interval '1 second' WHERE \"to\" = ?",
        [email]
      )
      mailbox.refuseNext(1, "Still down")
      await retryEmails(getContainer())
      const [again] = await deliveries(email)
      expect(again).toMatchObject({
        status: "retrying",
        attempts: 2,
        last_error: expect.stringContaining("Still down"),
      })
      const secondWait = (new Date(again.next_attempt_at).getTime() - Date.now()) / 1000
      expect(secondWait).toBeGreaterThan(100)
      expect(secondWait).toBeLessThanOrEqual(120)

      await dbConnection.raw(
        "UPDATE email_delivery SET next_attempt_at = now() - interval '1 second' WHERE \"to\" = ?",
        [email]
      )
      await retryEmails(getContainer())
      const [sent] = await deliveries(email)
      expect(sent).toMatchObject({ status: "sent", attempts: 3, next_attempt_at: null })
      const mail = await mailbox.waitFor((m) => m.to.includes(email))
      expect(mail.subject).toBe(`Thank you for your order #${order.display_id}`)
      expect(mail.text).toContain(`http://localhost:4321/order/confirmed/${order.id}`)
    })

    it("gives up after the last attempt and shows it as failed", async () => {
      mailbox.refuseNext(1, "No such mailbox here")
      const { email } = await guestOrder()
      await eventually(
        () => deliveries(email),
        (rows) => rows.length === 1,
        15_000
      )
      await dbConnection.raw('UPDATE email_delivery SET attempts = 5, next_attempt_at = now() WHERE "to" = ?', [email])
      mailbox.refuseNext(1, "No such mailbox here")
      await retryEmails(getContainer())
      const [row] = await deliveries(email)
      expect(row).toMatchObject({ status: "failed", attempts: 6, next_attempt_at: null })
      const listed = await call(api.get("/admin/emails?status=failed", admin))
      expect(listed.data.emails.map((e: any) => e.to)).toContain(email)
    })

    it("a trade order on account sends the trade confirmation with PO number and due date", async () => {
      const token = await customerToken(api, DEMO.buyer.email, DEMO.buyer.password)
      const auth = storeHeaders(keys.trade, token)
      const { data: addresses } = await api.get("/store/companies/me/addresses", auth)
      const product = await productByHandle(api, keys.trade, "paper-filters-v60")
      const po = `PO-${Date.now()}`
      const cartId = await readyCart(api, keys.trade, token, {
        regionId: eur,
        items: [{ variant_id: product.variants[0].id, quantity: 1 }],
        provider: ON_ACCOUNT,
        trade: { company_address_id: addresses.addresses[0].id, po_number: po },
      })
      const completed = await complete(api, keys.trade, token, cartId)
      expect(completed.status).toBe(200)
      const order = completed.data.order

      const mail = await mailbox.waitFor((m) => m.to.includes(DEMO.buyer.email) && m.subject.includes(po))
      expect(mail.subject).toBe(`Order #${order.display_id} confirmed (PO ${po})`)
      expect(mail.from).toBe("trade@example.com")
      expect(mail.html).toContain("Hybrid Roasters Trade")
      expect(mail.html).toContain("#0b5cad")
      expect(mail.text).toContain(`PO number: ${po}`)
      expect(mail.text).toContain("Payment terms: Net 30 days")
      const due = new Date(new Date(order.created_at).getTime() + 30 * 86_400_000)
      expect(mail.text).toContain(
        `Due date: ${due.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}`
      )
      expect(mail.text).toContain(`http://localhost:4322/orders/${order.id}`)
    })

    it("marking a fulfilment shipped emails the tracking number and link", async () => {
      const { email, order } = await guestOrder()
      const items = order.items.map((item: any) => ({ id: item.id, quantity: Number(item.quantity) }))
      const fulfilled = await call(api.post(`/admin/orders/${order.id}/fulfillments`, { items }, admin))
      expect(fulfilled.status, JSON.stringify(fulfilled.data)).toBe(200)
      const { data: withFulfillment } = await api.get(`/admin/orders/${order.id}?fields=fulfillments.id`, admin)
      const fulfillmentId = withFulfillment.order.fulfillments[0].id
      const shipped = await call(
        api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
          {
            items,
            labels: [
              { tracking_number: "1Z999AA1", tracking_url: "https://track.example.com/1Z999AA1", label_url: "#" },
            ],
          },
          admin
        )
      )
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(200)
      const mail = await mailbox.waitFor((m) => m.to.includes(email) && /on its way/.test(m.subject))
      expect(mail.subject).toBe(`Your order #${order.display_id} is on its way`)
      expect(mail.text).toContain("Tracking: 1Z999AA1 · https://track.example.com/1Z999AA1")
      expect(mail.html).toContain('href="https://track.example.com/1Z999AA1"')
      expect(mail.html).toContain("Hybrid Coffee Roasters")
    })
  },
})
