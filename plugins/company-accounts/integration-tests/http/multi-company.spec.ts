import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  ON_ACCOUNT,
  PASSWORD,
  actFor,
  activeCompany,
  addEmployee,
  call,
  complete,
  createFixedTotalProduct,
  latestInvite,
  productByHandle,
  customerToken,
  joinCompany,
  readyCart,
  registerCustomer,
  shipAndPay,
  storeHeaders,
  type ActiveCompany,
  type Member,
} from "@hybrid/test-kit/fixtures"

/**
 * ONE PERSON IN TWO COMPANIES (a franchise owner buying for two cafés): Dana is a buyer of Alpha
 * and an admin of Bravo. She acts for one company at a time, the active one, kept server-side:
 * prices, the cart, team, addresses and orders follow it; a cart belongs to the company it was
 * made for and is priced, checked and completed under that company only; leaving a company ends
 * its access, its open cart included. Every check goes through the raw store API.
 */
integrationSuite({
  testSuite: ({ api, dbConnection, getContainer, store }) => {
    let key: string
    let A: ActiveCompany
    let B: ActiveCompany
    let dana: Member
    /** Dana's employee id in Bravo. */
    let danaInB: string
    let variantId: string
    const CONTRACT = { A: 3.21, B: 2.22 }

    const as = (token?: string) => ({ ...storeHeaders(key, token), validateStatus: () => true })
    const me = async (token = dana.token) => (await api.get("/store/companies/me", as(token))).data
    const switchTo = (companyId: string, token = dana.token) =>
      api.post("/store/companies/me/active", { company_id: companyId }, as(token))
    const unitPrice = async () => {
      const product = await productByHandle(api, key, "franchise-filters", { regionId: store.eur, token: dana.token })
      return product.variants[0].calculated_price.calculated_amount as number
    }
    const cartWith = async (quantity = 1) => {
      const { data } = await api.post("/store/carts", { region_id: store.eur }, as(dana.token))
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, as(dana.token))
      return data.cart.id as string
    }
    const cartPrices = async (cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=*items,metadata`, as(dana.token))
      return {
        company: data.cart.metadata?.company_id ?? null,
        prices: (data.cart.items as { unit_price: number }[]).map((i) => i.unit_price),
      }
    }
    const orderIds = async () =>
      ((await api.get("/store/companies/me/orders", as(dana.token))).data.orders as { id: string }[]).map((o) => o.id)

    beforeAll(async () => {
      key = store.tradeKey
      const container = getContainer()
      A = await activeCompany(api, key, container, store.admin, "alpha-cafe")
      B = await activeCompany(api, key, container, store.admin, "bravo-cafe")
      dana = await addEmployee(api, key, container, A.admin.token, "dana@franchise.example", "buyer")
      danaInB = await joinCompany(api, key, container, B.admin.token, dana, "admin")
      variantId = (await createFixedTotalProduct(container, { handle: "franchise-filters", eurTotal: 50 })).variantId
      for (const [which, company] of [
        ["A", A],
        ["B", B],
      ] as const) {
        await api.post(
          `/admin/trade-pricing/companies/${company.id}/price-list`,
          {
            title: `${which} contract`,
            prices: [{ variant_id: variantId, currency_code: "eur", amount: CONTRACT[which] }],
          },
          store.admin
        )
      }
    })

    it("lists both memberships, switches only to a company of hers, and keeps the choice for every browser", async () => {
      // Joining Bravo last made it her active company (none chosen yet: the latest joined).
      const first = await me()
      expect(first.company.id).toBe(B.id)
      expect(first.employee.role).toBe("admin")
      expect(
        first.memberships
          .map((m: any) => [m.id, m.role, m.status, m.active])
          .sort((x: any, y: any) => (x[0] < y[0] ? -1 : 1))
      ).toEqual(
        [
          [A.id, "buyer", "active", false],
          [B.id, "admin", "active", true],
        ].sort((x: any, y: any) => (x[0] < y[0] ? -1 : 1))
      )

      const switched = await switchTo(A.id)
      expect(switched.status).toBe(200)
      expect(switched.data.company.id).toBe(A.id)
      // A second browser (a new sign-in) acts for the same company.
      const secondBrowser = await customerToken(api, dana.email, PASSWORD)
      const there = await me(secondBrowser)
      expect([there.company.id, there.employee.role]).toEqual([A.id, "buyer"])

      // Trying to break it: another company's id, an unknown id, no id, no session, no company.
      const foreign = await switchTo(A.id, B.buyer.token)
      expect(foreign.status).toBe(404)
      expect(foreign.data.message).toMatch(/company_id/)
      const unknown = await switchTo("comp_01UNKNOWN")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/company_id/)
      const missing = await api.post("/store/companies/me/active", {}, as(dana.token))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/company_id/)
      expect((await api.post("/store/companies/me/active", { company_id: A.id }, as(undefined))).status).toBe(401)
      const consumer = await registerCustomer(api, key, {
        email: "private@home.example",
        password: PASSWORD,
        first_name: "Pri",
        last_name: "Vate",
      })
      expect((await switchTo(A.id, consumer)).status).toBe(404)
      // Nothing of the refusals moved her: still acting for Alpha.
      expect((await me()).company.id).toBe(A.id)
    })

    it("follows the active company: its role, team, addresses and contract prices, never the other's", async () => {
      await switchTo(A.id)
      expect(await unitPrice()).toBe(CONTRACT.A)
      // A buyer in Alpha: no team management there, whatever she may do in Bravo.
      expect((await api.get("/store/companies/me/employees", as(dana.token))).status).toBe(403)
      const addressesA = (await api.get("/store/companies/me/addresses", as(dana.token))).data.addresses
      expect(addressesA.map((a: { id: string }) => a.id)).toEqual([A.addressId])
      const tiersA = await api.get(`/store/price-tiers?variant_id=${variantId}&region_id=${store.eur}`, as(dana.token))
      expect(JSON.stringify(tiersA.data)).not.toContain(String(CONTRACT.B))

      await switchTo(B.id)
      expect(await unitPrice()).toBe(CONTRACT.B)
      const team = await api.get("/store/companies/me/employees", as(dana.token))
      expect(team.status).toBe(200)
      const body = JSON.stringify(team.data)
      expect(body).toContain(B.buyer.employeeId)
      expect(body).not.toContain(A.buyer.employeeId)
      expect(body).not.toContain(A.id)
      const addressesB = (await api.get("/store/companies/me/addresses", as(dana.token))).data.addresses
      expect(addressesB.map((a: { id: string }) => a.id)).toEqual([B.addressId])
      // Alpha's address is not hers to use while she acts for Bravo.
      const cart = await cartWith()
      const foreignAddress = await api.post(
        `/store/companies/me/carts/${cart}/trade-details`,
        { company_address_id: A.addressId },
        as(dana.token)
      )
      expect(foreignAddress.status).toBe(404)
    })

    it("keeps a cart with its company: priced, detailed and completed under it, and found again from a second browser", async () => {
      await switchTo(A.id)
      const cartA = await cartWith(2)
      expect(await cartPrices(cartA)).toEqual({ company: A.id, prices: [CONTRACT.A] })
      // A second browser of Dana finds the same cart on the server.
      const secondBrowser = await customerToken(api, dana.email, PASSWORD)
      const found = await api.get("/store/companies/me/cart", as(secondBrowser))
      expect(found.status).toBe(200)
      expect(found.data.cart.id).toBe(cartA)

      await switchTo(B.id)
      // Bravo's cart is another one: Alpha's cart is never Bravo's.
      expect((await api.get("/store/companies/me/cart", as(dana.token))).data.cart).toBeNull()
      const cartB = await cartWith()
      expect(await cartPrices(cartB)).toEqual({ company: B.id, prices: [CONTRACT.B] })
      expect((await api.get("/store/companies/me/cart", as(secondBrowser))).data.cart.id).toBe(cartB)

      // Acting for Bravo she changes Alpha's cart: it stays priced with Alpha's contract, never Bravo's.
      await api.post(`/store/carts/${cartA}/line-items`, { variant_id: variantId, quantity: 1 }, as(dana.token))
      await api.post(`/store/carts/${cartA}/refresh-prices`, {}, as(dana.token))
      expect(await cartPrices(cartA)).toEqual({ company: A.id, prices: [CONTRACT.A] })
      const explained = await api.get(`/store/carts/${cartA}/price-explanations`, as(dana.token))
      expect(explained.data.lines.map((l: { unit_price: number }) => l.unit_price)).toEqual([CONTRACT.A])
      const dry = await api.post(
        `/store/carts/${cartA}/line-items/bulk`,
        { items: [{ variant_id: variantId, quantity: 1 }], dry_run: true },
        as(dana.token)
      )
      expect(JSON.stringify(dry.data)).not.toContain(String(CONTRACT.B))
      // Company routes of Bravo refuse Alpha's cart (Bravo's addresses on Alpha's order), naming it.
      const mixed = await api.post(
        `/store/companies/me/carts/${cartA}/trade-details`,
        { company_address_id: B.addressId },
        as(dana.token)
      )
      expect(mixed.status).toBe(409)
      expect(mixed.data.message).toMatch(/cart_id/)
      // Nor does Alpha's cart become Bravo's quote or go to Bravo's approvers.
      const quoted = await api.post("/store/quotes", { cart_id: cartA, message: "Bravo asks" }, as(dana.token))
      expect([quoted.status, quoted.data.message]).toEqual([409, expect.stringMatching(/cart_id/)])
      const approval = await api.post(`/store/carts/${cartA}/approval`, { comment: "Bravo asks" }, as(dana.token))
      expect([approval.status, approval.data.message]).toEqual([409, expect.stringMatching(/cart_id/)])
      expect((await api.get(`/store/carts/${cartA}/approval`, as(dana.token))).status).toBe(409)
      expect(await cartPrices(cartA)).toEqual({ company: A.id, prices: [CONTRACT.A] })

      // Completed while acting for Bravo, Alpha's cart is Alpha's order under Alpha's rules.
      await switchTo(A.id)
      await api.post(
        `/store/companies/me/carts/${cartA}/trade-details`,
        { company_address_id: A.addressId },
        as(dana.token)
      )
      await switchTo(B.id)
      await shipAndPay(api, storeHeaders(key, dana.token), cartA, ON_ACCOUNT, "Standard delivery")
      const placed = await complete(api, key, dana.token, cartA)
      expect(placed.data.type).toBe("order")
      expect(placed.data.order.items[0].unit_price).toBe(CONTRACT.A)
      const orderA = placed.data.order.id as string

      // Bravo's order, placed acting for Bravo.
      const orderB = await readyCart(api, key, dana.token, {
        regionId: store.eur,
        items: [{ variant_id: variantId, quantity: 1 }],
        provider: ON_ACCOUNT,
        trade: { company_address_id: B.addressId },
      }).then((cartId) => complete(api, key, dana.token, cartId))
      expect(orderB.data.type).toBe("order")
      expect(orderB.data.order.items[0].unit_price).toBe(CONTRACT.B)

      // Orders follow the active company (the order.placed subscriber files them).
      const filed = async () => {
        for (let i = 0; i < 60; i++) {
          await switchTo(B.id)
          const b = await orderIds()
          await switchTo(A.id)
          const a = await orderIds()
          if (a.includes(orderA) && b.includes(orderB.data.order.id)) {
            return { a, b }
          }
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
        throw new Error("the orders were never filed under their companies")
      }
      const { a, b } = await filed()
      expect(a).not.toContain(orderB.data.order.id)
      expect(b).not.toContain(orderA)
      expect((await api.get(`/store/companies/me/orders/${orderB.data.order.id}`, as(dana.token))).status).toBe(404)
      expect((await api.get(`/store/companies/me/orders/${orderA}`, as(dana.token))).status).toBe(200)
    })

    it("refuses at completion a line of Alpha's cart holding Bravo's cheaper contract price, naming the line and Alpha's price", async () => {
      await switchTo(A.id)
      const cartA = await readyCart(api, key, dana.token, {
        regionId: store.eur,
        items: [{ variant_id: variantId, quantity: 1 }],
        provider: ON_ACCOUNT,
        trade: { company_address_id: A.addressId },
      })
      // She acts for Bravo when she places it, and the line holds Bravo's price: what a cart priced
      // under the wrong company, or a stale price from before a switch, would look like.
      await switchTo(B.id)
      const changed = await dbConnection.raw(
        `UPDATE cart_line_item SET unit_price = ?, raw_unit_price = jsonb_build_object('value', ?::text, 'precision', 20)
          WHERE cart_id = ? AND deleted_at IS NULL`,
        [CONTRACT.B, String(CONTRACT.B), cartA]
      )
      expect(changed.rowCount).toBe(1)

      const refused = await complete(api, key, dana.token, cartA)
      expect(refused.status).toBe(409)
      expect(refused.data.code).toBe("cart_prices_changed")
      expect(
        refused.data.lines.map((l: { unit_price: number; current_unit_price: number }) => [
          l.unit_price,
          l.current_unit_price,
        ])
      ).toEqual([[CONTRACT.B, CONTRACT.A]])
      expect((await api.get(`/store/carts/${cartA}`, as(dana.token))).data.cart.completed_at).toBeFalsy()

      // "Update prices" puts Alpha's contract back; then the order is placed at Alpha's price.
      await api.post(`/store/carts/${cartA}/refresh-prices`, {}, as(dana.token))
      expect(await cartPrices(cartA)).toEqual({ company: A.id, prices: [CONTRACT.A] })
      await shipAndPay(api, storeHeaders(key, dana.token), cartA, ON_ACCOUNT, "Standard delivery")
      const placed = await complete(api, key, dana.token, cartA)
      expect(placed.data.type).toBe("order")
      expect(placed.data.order.items[0].unit_price).toBe(CONTRACT.A)
    })

    it("leaving a company ends its access: no switching back, its open cart refused at completion, the other company intact", async () => {
      await switchTo(A.id)
      const cartA = await readyCart(api, key, dana.token, {
        regionId: store.eur,
        items: [{ variant_id: variantId, quantity: 1 }],
        provider: ON_ACCOUNT,
        trade: { company_address_id: A.addressId },
      })
      const removed = await api.delete(`/store/companies/me/employees/${dana.employeeId}`, as(A.admin.token))
      expect(removed.status).toBe(200)

      const after = await me()
      expect(after.company.id).toBe(B.id)
      expect(after.memberships.map((m: { id: string }) => m.id)).toEqual([B.id])
      expect((await switchTo(A.id)).status).toBe(404)
      // Still a trade buyer through Bravo, at Bravo's contract price only.
      expect(await unitPrice()).toBe(CONTRACT.B)

      const refused = await complete(api, key, dana.token, cartA)
      expect(refused.status).toBe(403)
      expect(refused.data.message).toMatch(/cart_id/)
      const { data } = await api.get(`/store/carts/${cartA}`, as(dana.token))
      expect(data.cart.completed_at).toBeFalsy()
      // Bravo's cart and team still work for her.
      expect((await api.get("/store/companies/me/employees", as(dana.token))).status).toBe(200)
      expect(danaInB).toMatch(/^emp_/)
    })

    it("cannot join the same company twice, nor redeem another person's invite", async () => {
      const again = await call(
        api.post("/store/companies/me/invites", { email: dana.email, role: "viewer" }, storeHeaders(key, A.admin.token))
      )
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/email/)
      await api.post("/store/companies/me/invites", { email: "someone@else.example", role: "buyer" }, as(A.admin.token))
      const { token } = await latestInvite(getContainer(), "someone@else.example")
      const stolen = await api.post(`/store/invites/${token}/join`, {}, as(B.buyer.token))
      expect(stolen.status).toBe(403)
      expect(stolen.data.message).toMatch(/token/)
      expect((await api.post(`/store/invites/${token}/join`, {}, as(undefined))).status).toBe(401)
    })

    it("the admin's customer 360 shows the person once, with each company role", async () => {
      const { data } = await api.get(`/admin/insights/customers/${dana.customerId}`, store.admin)
      expect(data.person.email).toBe(dana.email)
      expect(data.person.companies.map((c: { id: string; role: string }) => [c.id, c.role]).sort()).toEqual(
        [
          [A.id, "buyer"],
          [B.id, "admin"],
        ].sort()
      )
      const memberships = data.timeline.filter((e: { type: string }) => e.type === "membership")
      expect(memberships.map((e: { role: string }) => e.role).sort()).toEqual(["admin", "buyer"])
    })
  },
})
