import * as cartValidators from "@medusajs/medusa/api/store/carts/validators"
import * as customerValidators from "@medusajs/medusa/api/store/customers/validators"
import * as paymentValidators from "@medusajs/medusa/api/store/payment-collections/validators"
import * as productValidators from "@medusajs/medusa/api/store/products/validators"
import { z } from "@medusajs/framework/zod"
import { cartOf, regionId, storeHeaders } from "@hybrid/test-kit/fixtures"
import { fuzzCallers, fuzzEveryRoute, type FuzzCallers, type FuzzRoute } from "@hybrid/test-kit/fuzz"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { beforeAll, it } from "vitest"
import * as searchValidators from "../../../src/api/store/search/validators"
import * as priceTierValidators from "../../../src/api/store/price-tiers/validators"
import * as boughtTogetherValidators from "../../../src/api/store/products/[id]/bought-together/validators"
import * as passwordResetValidators from "../../../src/api/store/password-reset/validators"
import * as accountValidators from "../../../src/api/store/account/validators"

/**
 * Property-based fuzzing (fast-check) of the backend's own routes and of Medusa's cart, checkout,
 * product and sign-in routes: hostile bodies, queries and path segments generated from each
 * route's zod schema, sent as anonymous, guest, trade guest, buyer, company admin and admin user.
 * Not one answer may be 5xx. FUZZ_SEED=<printed seed> replays a run. The plugins' routes are
 * fuzzed by each plugin's integration-tests/http/fuzz.spec.ts with the same generator.
 */

/** Medusa's schemas with additional_data are factories; the plain schema is what the route validates. */
const schema = (value: unknown) =>
  (typeof value === "function" ? (value as () => unknown)() : value) as FuzzRoute["body"]

const EmailPass = z.object({ email: z.string(), password: z.string() })

const RUNS_PER_ROUTE = 50

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let callers: FuzzCallers
    let cartId: string
    let guestCartId: string
    let lineId: string
    let productId: string
    let paymentCollectionId: string

    beforeAll(async () => {
      callers = await fuzzCallers(api, getContainer(), "Fuzz Core")
      const buyer = callers.company.employees.buyer.token
      cartId = await cartOf(api, callers.keys.trade, buyer)
      const { data } = await api.get(`/store/carts/${cartId}`, storeHeaders(callers.keys.trade, buyer))
      lineId = data.cart.items[0].id
      productId = data.cart.items[0].product_id
      const eur = await regionId(api, callers.keys.consumer, "eur")
      guestCartId = (await api.post("/store/carts", { region_id: eur }, storeHeaders(callers.keys.consumer))).data.cart
        .id
      paymentCollectionId = (
        await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders(callers.keys.trade, buyer))
      ).data.payment_collection.id
    })

    const cart = () => (Math.random() < 0.5 ? cartId : guestCartId)

    const routes = (): FuzzRoute[] => [
      // The backend's own routes.
      { method: "GET", path: "/storefront-bootstrap/:channel", params: { channel: () => "trade" } },
      { method: "GET", path: "/store/search", query: searchValidators.StoreSearchProducts },
      { method: "GET", path: "/store/search/suggest", query: searchValidators.StoreSearchSuggest },
      { method: "GET", path: "/store/price-tiers", query: priceTierValidators.StoreGetPriceTiers },
      { method: "GET", path: "/store/trade/me" },
      { method: "POST", path: "/store/password-reset", body: passwordResetValidators.StoreRequestPasswordReset },
      {
        method: "POST",
        path: "/store/password-reset/confirm",
        body: passwordResetValidators.StoreConfirmPasswordReset,
      },
      // Consumer accounts (not `POST /store/account/delete`: its wrong passwords count against the
      // sign-in throttle of the test's one address, which later spec files of the worker need).
      { method: "GET", path: "/store/account" },
      { method: "POST", path: "/store/account/verification", body: accountValidators.StoreEmptyBody },
      { method: "POST", path: "/store/account/verification/confirm", body: accountValidators.StoreConfirmVerification },
      { method: "GET", path: "/store/account/cart" },
      {
        method: "POST",
        path: "/store/account/cart/merge",
        body: accountValidators.StoreMergeCart,
        validBody: () => ({ cart_id: cartId }),
      },
      {
        method: "GET",
        path: "/store/products/:id/bought-together",
        params: { id: () => productId },
        query: boughtTogetherValidators.StoreGetBoughtTogether,
      },
      // Medusa's cart and checkout routes.
      { method: "POST", path: "/store/carts", body: schema(cartValidators.StoreCreateCart) },
      {
        method: "GET",
        path: "/store/carts/:id",
        params: { id: cart },
        query: schema(cartValidators.StoreGetCartsCart),
      },
      { method: "POST", path: "/store/carts/:id", params: { id: cart }, body: schema(cartValidators.StoreUpdateCart) },
      {
        method: "POST",
        path: "/store/carts/:id/line-items",
        params: { id: cart },
        body: schema(cartValidators.StoreAddCartLineItem),
      },
      {
        method: "POST",
        path: "/store/carts/:id/line-items/:line_id",
        params: { id: () => cartId, line_id: () => lineId },
        body: schema(cartValidators.StoreUpdateCartLineItem),
      },
      { method: "DELETE", path: "/store/carts/:id/line-items/:line_id", params: { id: cart, line_id: () => lineId } },
      {
        method: "POST",
        path: "/store/carts/:id/shipping-methods",
        params: { id: cart },
        body: schema(cartValidators.StoreAddCartShippingMethods),
      },
      {
        method: "POST",
        path: "/store/carts/:id/promotions",
        params: { id: cart },
        body: schema(cartValidators.StoreAddCartPromotions),
      },
      {
        method: "POST",
        path: "/store/carts/:id/customer",
        params: { id: cart },
        body: schema(cartValidators.StoreUpdateCartCustomer),
      },
      {
        method: "POST",
        path: "/store/carts/:id/taxes",
        params: { id: cart },
        body: schema(cartValidators.StoreCalculateCartTaxes),
      },
      {
        method: "POST",
        path: "/store/payment-collections",
        body: schema(paymentValidators.StoreCreatePaymentCollection),
      },
      {
        method: "POST",
        path: "/store/payment-collections/:id/payment-sessions",
        params: { id: () => paymentCollectionId },
        body: schema(paymentValidators.StoreCreatePaymentSession),
      },
      { method: "POST", path: "/store/carts/:id/complete", params: { id: cart } },
      { method: "GET", path: "/store/products", query: schema(productValidators.StoreGetProductsParams) },
      { method: "GET", path: "/store/products/:id", params: { id: () => productId } },
      { method: "POST", path: "/store/customers", body: schema(customerValidators.StoreCreateCustomer) },
      { method: "POST", path: "/auth/customer/emailpass", body: EmailPass },
      { method: "POST", path: "/auth/customer/emailpass/register", body: EmailPass },
      { method: "POST", path: "/auth/user/emailpass", body: EmailPass },
    ]

    it("answers no hostile request of the backend's routes and Medusa's checkout routes with a 5xx", async () => {
      const table = routes()
      await fuzzEveryRoute(api, {
        name: "backend+core",
        validators: [searchValidators, priceTierValidators, boughtTogetherValidators, passwordResetValidators],
        routes: table,
        actors: callers.actors,
        runsPerRoute: RUNS_PER_ROUTE,
      })
    }, 600_000)
  },
})
