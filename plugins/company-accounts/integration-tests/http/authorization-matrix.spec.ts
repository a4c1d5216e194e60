import { beforeAll, describe, expect, it } from "vitest"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import {
  PASSWORD,
  activeCompany,
  adminHeaders,
  applicationBody,
  latestInvite,
  publishableKey,
  registerCustomer,
  storeHeaders,
  type ActiveCompany,
  checkoutFixtures,
  eventually,
  type CheckoutFixtures,
  cartOf,
  quoteApprovalFixtures,
  quoteApprovalStateOf,
  type QuoteApprovalFixtures,
  type Member,
  actFor,
  addEmployee,
  joinCompany,
  SYSTEM_PROVIDER,
  complete,
  readyCart,
  regionId,
} from "@hybrid/test-kit/fixtures"
import type { ICustomerModuleService, INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../src/constants"
import type CompanyModuleService from "../../src/modules/company/service"

/**
 * AUTHORIZATION MATRIX — every store route of the plugin × six callers × the ids of both companies
 * (and an unknown id), each cell checked against POLICY. Two further checks make "0 cross-company
 * reads or writes" literal: no 2xx body of a company route contains anything of the other company,
 * and the state of both companies is unchanged after every refused cell of a row.
 *
 * To add a route: append a Row to ROWS (H2's checkout and order routes go at the end). A row names
 * the route, how to build its path/body from the fixtures, which targets its ids come from, and
 * its policy per caller kind. Fixtures are built once in beforeAll; the database is restored to
 * that state before every row.
 *
 * The quotes and approvals plugins' store routes are rows too (the backend installs every plugin):
 * their records count as "things of a company" in the state comparison and in the markers. A
 * viewer is no matrix actor (it would multiply every row); its refusals have their own describe.
 *
 * THE TWO-COMPANY PERSON: "dual" is one login that is a buyer of A and a buyer of B. As `dualA`
 * they act for A, as `dualB` for B (each cell switches first, POST /store/companies/me/active):
 * the same checks hold — acting for A they reach only A, and the other way round. Their own
 * membership list (GET /me, the switch) names both companies by design and is left out of the
 * leak check; everything else of the other company counts as a leak. Where a buyer's "own" record
 * is another buyer's (their quotes, approval requests, orders, carts) a row's `dual` policy says so.
 */

type Actor = "anonymous" | "b2c" | "buyerA" | "adminA" | "buyerB" | "adminB" | "dualA" | "dualB"
const ACTORS: Actor[] = ["anonymous", "b2c", "buyerA", "adminA", "buyerB", "adminB", "dualA", "dualB"]
type Kind = "anonymous" | "b2c" | "buyer" | "admin"
const isDual = (actor: Actor) => actor === "dualA" || actor === "dualB"
const kindOf = (actor: Actor): Kind =>
  actor === "anonymous" || actor === "b2c" ? actor : isDual(actor) ? "buyer" : (actor.replace(/[AB]$/, "") as Kind)
const companyOf = (actor: Actor): "A" | "B" | null => (/[AB]$/.test(actor) ? (actor.slice(-1) as "A" | "B") : null)

/** Whose ids a cell uses: company A's, company B's, or ids that exist nowhere. "none": the route takes no id. */
type Target = "A" | "B" | "unknown" | "none"
/** An expected status, or per relation of the target to the caller: own company, the other one, no such id. */
type Expected = number | { own?: number; other?: number; unknown?: number }
type Policy = Record<Kind, Expected>

type Fixtures = {
  A: ActiveCompany
  B: ActiveCompany
  /** The two-company person (buyer of A and of B): their login, and their employee id in each. */
  dual: Member & { employeeIds: { A: string; B: string } }
  tokens: Record<Actor, string | undefined>
  /** A fresh invite token of company A or B for public invite routes (each cell gets its own). */
  freshInviteToken: (company: "A" | "B", tag: string) => Promise<string>
  /** An open invite of A and of B to someone else, made in beforeAll: what the join cells try to redeem. */
  joinTokens: { A: string; B: string }
  /**
   * A fresh cart of `actor` (freshCart), one per actor and row: a row runs its refused cells
   * first and they change nothing, so its cells can share the cart, and each row starts anew.
   */
  rowCart: (actor: string) => Promise<string>
} & CheckoutFixtures /* H2: carts and orders for the checkout and order rows */ &
  QuoteApprovalFixtures /* quotes and approval requests of both companies, a viewer of A */

type Row = {
  route: string
  /** Public routes (the token or nothing is the credential) are exempt from the cross-company read check. */
  public?: boolean
  targets: Target[]
  path: (f: Fixtures, target: Target, actor: Actor) => string | Promise<string>
  body?: (f: Fixtures, target: Target, actor: Actor) => unknown
  policy: Policy
  /** The two-company person's policy when it is not the buyer's (a buyer's own records are another buyer's). */
  dual?: Expected
  /** The company a cell's caller acts for once it answered (default: the caller's); the switch acts for its target. */
  actsFor?: (actor: Actor, target: Target) => "A" | "B" | null
  /** Runs after the row's cells with the answers of the allowed ones (e.g. waits for subscribers). */
  settle?: (allowed: { status: number; data: any }[], container: MedusaContainer) => Promise<void>
}

const UNKNOWN = {
  employee: "emp_01UNKNOWN",
  address: "caddr_01UNKNOWN",
  invite: "einv_01UNKNOWN",
  token: "f".repeat(64),
  quote: "quo_01UNKNOWN",
  approval: "apreq_01UNKNOWN",
}
const ADMIN_ONLY = { anonymous: 401, b2c: 404, buyer: 403, admin: 200 }
const ADMIN_ONLY_BY_ID = { anonymous: 401, b2c: 404, buyer: 403, admin: { own: 200, other: 404, unknown: 404 } }
const company = (f: Fixtures, target: Target) => (target === "A" ? f.A : f.B)
/** Allowed on the caller's own company's ids only; another company's ids answer like unknown ones. */
const OWN_ONLY = (status: number) => ({ own: status, other: 404, unknown: 404 })
/** The quote a cell uses: each company has one sent quote for its buyer's cells and one for its admin's. */
const quoteOf = (f: Fixtures, t: Target, actor: Actor) =>
  t === "unknown" ? UNKNOWN.quote : f.quotes[t as "A" | "B"][kindOf(actor) === "admin" ? "admin" : "buyer"]
const approvalOf = (f: Fixtures, t: Target) => (t === "unknown" ? UNKNOWN.approval : f.approvals[t as "A" | "B"])
/** The caller's own company address (company A's for callers without a company). */
const ownAddress = (f: Fixtures, actor: Actor) => (companyOf(actor) === "B" ? f.B : f.A).addressId
const ID_TARGETS: Target[] = ["A", "B", "unknown"]
/** None of the two-company person's: they are not the buyer whose record the cell uses. */
const NOT_THEIRS = 404

const ADDRESS = {
  label: "Matrix",
  first_name: "M",
  last_name: "X",
  address_1: "Street 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

export const ROWS: Row[] = [
  {
    route: "GET /store/companies/me",
    targets: ["none"],
    path: () => "/store/companies/me",
    policy: { anonymous: 401, b2c: 404, buyer: 200, admin: 200 },
  },
  {
    // Switching to a company: only one the caller belongs to (the two-company person: both).
    route: "POST /store/companies/me/active",
    targets: ID_TARGETS,
    path: () => "/store/companies/me/active",
    body: (f, t) => ({ company_id: t === "unknown" ? "comp_01UNKNOWN" : company(f, t).id }),
    policy: { anonymous: 401, b2c: 404, buyer: OWN_ONLY(200), admin: OWN_ONLY(200) },
    dual: { own: 200, other: 200, unknown: 404 },
    actsFor: (actor, t) => (t === "A" || t === "B" ? (isDual(actor) ? t : companyOf(actor)) : companyOf(actor)),
  },
  {
    route: "GET /store/companies/me/cart",
    targets: ["none"],
    path: () => "/store/companies/me/cart",
    policy: { anonymous: 401, b2c: 404, buyer: 200, admin: 200 },
  },
  {
    route: "GET /store/companies/me/employees",
    targets: ["none"],
    path: () => "/store/companies/me/employees",
    policy: ADMIN_ONLY,
  },
  {
    route: "POST /store/companies/me/employees/:id",
    targets: ID_TARGETS,
    path: (f, t) =>
      `/store/companies/me/employees/${t === "unknown" ? UNKNOWN.employee : company(f, t).buyer.employeeId}`,
    body: () => ({ spending_limit: 4321 }),
    policy: ADMIN_ONLY_BY_ID,
  },
  {
    route: "DELETE /store/companies/me/employees/:id",
    targets: ID_TARGETS,
    path: (f, t) =>
      `/store/companies/me/employees/${t === "unknown" ? UNKNOWN.employee : company(f, t).buyer.employeeId}`,
    policy: ADMIN_ONLY_BY_ID,
  },
  {
    route: "GET /store/companies/me/invites",
    targets: ["none"],
    path: () => "/store/companies/me/invites",
    policy: ADMIN_ONLY,
  },
  {
    route: "POST /store/companies/me/invites",
    targets: ["none"],
    path: () => "/store/companies/me/invites",
    body: (_f, _t, actor) => ({ email: `new-${actor.toLowerCase()}@matrix.example`, role: "buyer" }),
    policy: { ...ADMIN_ONLY, admin: 201 },
  },
  {
    route: "DELETE /store/companies/me/invites/:id",
    targets: ID_TARGETS,
    path: (f, t) => `/store/companies/me/invites/${t === "unknown" ? UNKNOWN.invite : company(f, t).inviteId}`,
    policy: ADMIN_ONLY_BY_ID,
  },
  {
    route: "GET /store/companies/me/addresses",
    targets: ["none"],
    path: () => "/store/companies/me/addresses",
    policy: { anonymous: 401, b2c: 404, buyer: 200, admin: 200 },
  },
  {
    route: "POST /store/companies/me/addresses",
    targets: ["none"],
    path: () => "/store/companies/me/addresses",
    body: () => ADDRESS,
    policy: { ...ADMIN_ONLY, admin: 201 },
  },
  {
    route: "POST /store/companies/me/addresses/:id",
    targets: ID_TARGETS,
    path: (f, t) => `/store/companies/me/addresses/${t === "unknown" ? UNKNOWN.address : company(f, t).addressId}`,
    body: () => ({ label: "Taken over" }),
    policy: ADMIN_ONLY_BY_ID,
  },
  {
    route: "DELETE /store/companies/me/addresses/:id",
    targets: ID_TARGETS,
    path: (f, t) => `/store/companies/me/addresses/${t === "unknown" ? UNKNOWN.address : company(f, t).addressId}`,
    policy: ADMIN_ONLY_BY_ID,
  },
  {
    route: "POST /store/trade-applications",
    public: true,
    targets: ["none"],
    path: () => "/store/trade-applications",
    body: (_f, _t, actor) => applicationBody(`apply-${actor.toLowerCase()}`),
    policy: { anonymous: 202, b2c: 202, buyer: 202, admin: 202 },
  },
  {
    route: "GET /store/invites/:token",
    public: true,
    targets: ID_TARGETS,
    path: async (f, t, actor) =>
      `/store/invites/${t === "unknown" ? UNKNOWN.token : await f.freshInviteToken(t as "A" | "B", `page-${actor}`)}`,
    policy: {
      anonymous: { other: 200, unknown: 404 },
      b2c: { other: 200, unknown: 404 },
      buyer: { own: 200, other: 200, unknown: 404 },
      admin: { own: 200, other: 200, unknown: 404 },
    },
  },
  {
    // Joining with an existing account: only the person the invite was sent to (these went to others).
    route: "POST /store/invites/:token/join",
    targets: ID_TARGETS,
    path: (f, t) => `/store/invites/${t === "unknown" ? UNKNOWN.token : f.joinTokens[t as "A" | "B"]}/join`,
    policy: {
      anonymous: 401,
      b2c: { other: 403, unknown: 404 },
      buyer: { own: 403, other: 403, unknown: 404 },
      admin: { own: 403, other: 403, unknown: 404 },
    },
  },
  {
    route: "POST /store/invites/:token/accept",
    public: true,
    targets: ID_TARGETS,
    path: async (f, t, actor) =>
      `/store/invites/${t === "unknown" ? UNKNOWN.token : await f.freshInviteToken(t as "A" | "B", `accept-${actor}`)}/accept`,
    body: () => ({ password: PASSWORD, first_name: "In", last_name: "Vitee" }),
    policy: {
      anonymous: { other: 201, unknown: 404 },
      b2c: { other: 201, unknown: 404 },
      buyer: { own: 201, other: 201, unknown: 404 },
      admin: { own: 201, other: 201, unknown: 404 },
    },
  },
  // ---- H2: checkout and company orders -------------------------------------------------------
  {
    // The caller's own fresh cart; the target decides whose company address is put on it.
    route: "POST /store/companies/me/carts/:cart_id/trade-details",
    targets: ID_TARGETS,
    path: async (f, _t, actor) => `/store/companies/me/carts/${await f.rowCart(actor)}/trade-details`,
    body: (f, t) => ({
      company_address_id: t === "unknown" ? UNKNOWN.address : company(f, t).addressId,
      po_number: "PO-MATRIX",
    }),
    policy: {
      anonymous: 401,
      b2c: 404,
      buyer: { own: 200, other: 404, unknown: 404 },
      admin: { own: 200, other: 404, unknown: 404 },
    },
  },
  {
    // The target company's buyer's cart, with the caller's own company address: only that buyer may.
    route: "POST /store/companies/me/carts/:cart_id/trade-details (another customer's cart)",
    targets: ID_TARGETS,
    path: async (f, t) =>
      `/store/companies/me/carts/${t === "unknown" ? "cart_01UNKNOWN" : await f.rowCart(`buyer${t}`)}/trade-details`,
    body: (f, _t, actor) => ({
      company_address_id: (companyOf(actor) === "B" ? f.B : f.A).addressId,
      po_number: "PO-MATRIX",
    }),
    policy: {
      anonymous: 401,
      b2c: 404,
      buyer: { own: 200, other: 404, unknown: 404 },
      admin: { own: 404, other: 404, unknown: 404 },
    },
    dual: NOT_THEIRS,
  },
  {
    route: "GET /store/companies/me/orders",
    targets: ["none"],
    path: () => "/store/companies/me/orders",
    policy: { anonymous: 401, b2c: 404, buyer: 200, admin: 200 },
  },
  {
    route: "GET /store/companies/me/orders/:id",
    targets: ID_TARGETS,
    path: (f, t) => `/store/companies/me/orders/${t === "unknown" ? "order_01UNKNOWN" : f.orders[t as "A" | "B"]}`,
    policy: {
      anonymous: 401,
      b2c: 404,
      buyer: { own: 200, other: 404, unknown: 404 },
      admin: { own: 200, other: 404, unknown: 404 },
    },
    dual: NOT_THEIRS,
  },
  {
    route: "POST /store/companies/me/orders/:id/reorder",
    targets: ID_TARGETS,
    path: (f, t) =>
      `/store/companies/me/orders/${t === "unknown" ? "order_01UNKNOWN" : f.orders[t as "A" | "B"]}/reorder`,
    body: () => ({}),
    policy: {
      anonymous: 401,
      b2c: 404,
      buyer: { own: 200, other: 404, unknown: 404 },
      admin: { own: 200, other: 404, unknown: 404 },
    },
    dual: NOT_THEIRS,
  },
  // ---- Quotes (@hybrid/quotes): a company admin acts on all the company's quotes, other roles on
  // the quotes they requested; everything else answers 404 like an unknown id. ------------------
  {
    route: "GET /store/quotes",
    targets: ["none"],
    path: () => "/store/quotes?status=all",
    policy: { anonymous: 401, b2c: 404, buyer: 200, admin: 200 },
  },
  {
    route: "GET /store/quotes/:id",
    targets: ID_TARGETS,
    path: (f, t, actor) => `/store/quotes/${quoteOf(f, t, actor)}`,
    policy: { anonymous: 401, b2c: 404, buyer: OWN_ONLY(200), admin: OWN_ONLY(200) },
    dual: NOT_THEIRS,
  },
  {
    route: "POST /store/quotes/:id/messages",
    targets: ID_TARGETS,
    path: (f, t, actor) => `/store/quotes/${quoteOf(f, t, actor)}/messages`,
    body: (_f, _t, actor) => ({ body: `Matrix message from ${actor}` }),
    policy: { anonymous: 401, b2c: 404, buyer: OWN_ONLY(200), admin: OWN_ONLY(200) },
    dual: NOT_THEIRS,
  },
  {
    route: "POST /store/quotes/:id/reject",
    targets: ID_TARGETS,
    path: (f, t, actor) => `/store/quotes/${quoteOf(f, t, actor)}/reject`,
    body: () => ({ reason: "Matrix: too expensive" }),
    policy: { anonymous: 401, b2c: 404, buyer: OWN_ONLY(200), admin: OWN_ONLY(200) },
    dual: NOT_THEIRS,
  },
  {
    // A valid body (the caller's own company address): the requester and the company admin each
    // place an order from their own company's sent quote; nobody reaches another company's.
    route: "POST /store/quotes/:id/accept",
    targets: ID_TARGETS,
    path: (f, t, actor) => `/store/quotes/${quoteOf(f, t, actor)}/accept`,
    body: (f, _t, actor) => ({ company_address_id: ownAddress(f, actor), po_number: "PO-MATRIX-QUOTE" }),
    policy: { anonymous: 401, b2c: 404, buyer: OWN_ONLY(200), admin: OWN_ONLY(200) },
    dual: NOT_THEIRS,
    // The order.placed subscribers finish after the answer: let them, before the next row restores.
    settle: async (allowed, container) => {
      for (const { data } of allowed) {
        const orderId = data?.order?.id
        if (!orderId) continue
        await eventually(
          async () =>
            (
              await container.resolve(ContainerRegistrationKeys.QUERY).graph({
                entity: "order",
                fields: ["metadata"],
                filters: { id: orderId },
              })
            ).data[0]?.metadata,
          (metadata: any) => metadata?.payment_terms !== undefined
        )
      }
    },
  },
  // ---- Approvals (@hybrid/approvals): approvers and admins see and decide the company's
  // requests, other roles see their own; deciding is for approvers and admins only — a buyer is
  // refused even on their own request ("a buyer cannot approve their own cart"). -----------------
  {
    route: "GET /store/approvals",
    targets: ["none"],
    path: () => "/store/approvals?status=all",
    policy: { anonymous: 401, b2c: 404, buyer: 200, admin: 200 },
  },
  {
    route: "GET /store/approvals/:id",
    targets: ID_TARGETS,
    path: (f, t) => `/store/approvals/${approvalOf(f, t)}`,
    policy: { anonymous: 401, b2c: 404, buyer: OWN_ONLY(200), admin: OWN_ONLY(200) },
    dual: NOT_THEIRS,
  },
  {
    route: "POST /store/approvals/:id/approve",
    targets: ID_TARGETS,
    path: (f, t) => `/store/approvals/${approvalOf(f, t)}/approve`,
    body: () => ({ comment: "Matrix: fine" }),
    policy: { anonymous: 401, b2c: 404, buyer: 403, admin: OWN_ONLY(200) },
  },
  {
    route: "POST /store/approvals/:id/reject",
    targets: ID_TARGETS,
    path: (f, t) => `/store/approvals/${approvalOf(f, t)}/reject`,
    body: () => ({ comment: "Matrix: not this month" }),
    policy: { anonymous: 401, b2c: 404, buyer: 403, admin: OWN_ONLY(200) },
  },
]

// ---- CONSUMER ACCOUNT ROUTES (issue 16) ---------------------------------------------------------
// The person-level routes of the consumer site, called with the CONSUMER key by two consumers (X, Y),
// the trade buyer of company A (one identity: the same login on the consumer site) and anonymous,
// against X's and Y's ids and unknown ones: 0 cross-customer reads or writes. After a row's refused
// cells both consumers are exactly as before, and no 2xx body carries the other consumer's ids.

type ConsumerActor = "anonymous" | "consumerX" | "consumerY" | "buyerA"
const CONSUMER_ACTORS: ConsumerActor[] = ["anonymous", "consumerX", "consumerY", "buyerA"]
type ConsumerKind = "anonymous" | "consumer" | "buyer"
type ConsumerTarget = "X" | "Y" | "unknown" | "none"
type Consumer = {
  email: string
  token: string
  customerId: string
  addressId: string
  orderId: string
  cartId: string
  verificationToken: string
}
type ConsumerFixtures = {
  X: Consumer
  Y: Consumer
  consumerKey: string
  tokens: Record<ConsumerActor, string | undefined>
}
type ConsumerRow = {
  route: string
  targets: ConsumerTarget[]
  path: (c: ConsumerFixtures, target: ConsumerTarget) => string
  body?: (c: ConsumerFixtures, target: ConsumerTarget) => unknown
  policy: Record<ConsumerKind, Expected>
}

const consumerKindOf = (actor: ConsumerActor): ConsumerKind =>
  actor === "anonymous" ? "anonymous" : actor === "buyerA" ? "buyer" : "consumer"
const personOf = (actor: ConsumerActor): "X" | "Y" | null =>
  actor === "consumerX" ? "X" : actor === "consumerY" ? "Y" : null
const C_UNKNOWN = {
  address: "cuaddr_01UNKNOWN",
  order: "order_01UNKNOWN",
  cart: "cart_01UNKNOWN",
  token: "x".repeat(43),
}
const C_TARGETS: ConsumerTarget[] = ["X", "Y", "unknown"]
const person = (c: ConsumerFixtures, t: ConsumerTarget) => (t === "X" ? c.X : c.Y)
const SIGNED_IN = (status: number) => ({ anonymous: 401, consumer: status, buyer: status })
const OWN_RECORD = (status: number) => ({
  anonymous: 401,
  consumer: OWN_ONLY(status),
  buyer: { other: 404, unknown: 404 },
})

export const CONSUMER_ROWS: ConsumerRow[] = [
  { route: "GET /store/customers/me", targets: ["none"], path: () => "/store/customers/me", policy: SIGNED_IN(200) },
  {
    route: "POST /store/customers/me",
    targets: ["none"],
    path: () => "/store/customers/me",
    body: () => ({ first_name: "Matrix" }),
    policy: SIGNED_IN(200),
  },
  {
    route: "GET /store/customers/me/addresses",
    targets: ["none"],
    path: () => "/store/customers/me/addresses",
    policy: SIGNED_IN(200),
  },
  {
    route: "GET /store/customers/me/addresses/:id",
    targets: C_TARGETS,
    path: (c, t) => `/store/customers/me/addresses/${t === "unknown" ? C_UNKNOWN.address : person(c, t).addressId}`,
    policy: OWN_RECORD(200),
  },
  {
    route: "POST /store/customers/me/addresses/:id",
    targets: C_TARGETS,
    path: (c, t) => `/store/customers/me/addresses/${t === "unknown" ? C_UNKNOWN.address : person(c, t).addressId}`,
    body: () => ({ city: "Taken over" }),
    policy: OWN_RECORD(200),
  },
  {
    route: "DELETE /store/customers/me/addresses/:id",
    targets: C_TARGETS,
    path: (c, t) => `/store/customers/me/addresses/${t === "unknown" ? C_UNKNOWN.address : person(c, t).addressId}`,
    policy: OWN_RECORD(200),
  },
  { route: "GET /store/orders", targets: ["none"], path: () => "/store/orders", policy: SIGNED_IN(200) },
  {
    // A registered customer's order only for that customer (anonymous too: 404, not the guest rule).
    route: "GET /store/orders/:id",
    targets: C_TARGETS,
    path: (c, t) => `/store/orders/${t === "unknown" ? C_UNKNOWN.order : person(c, t).orderId}`,
    policy: { anonymous: { other: 404, unknown: 404 }, consumer: OWN_ONLY(200), buyer: { other: 404, unknown: 404 } },
  },
  { route: "GET /store/account", targets: ["none"], path: () => "/store/account", policy: SIGNED_IN(200) },
  {
    route: "POST /store/account/verification",
    targets: ["none"],
    path: () => "/store/account/verification",
    policy: SIGNED_IN(202),
  },
  {
    // Another person's mailed token verifies nothing for the caller.
    route: "POST /store/account/verification/confirm",
    targets: C_TARGETS,
    path: () => "/store/account/verification/confirm",
    body: (c, t) => ({ token: t === "unknown" ? C_UNKNOWN.token : person(c, t).verificationToken }),
    policy: {
      anonymous: 401,
      consumer: { own: 200, other: 400, unknown: 400 },
      buyer: { other: 400, unknown: 400 },
    },
  },
  {
    route: "GET /store/account/cart",
    targets: ["none"],
    path: () => "/store/account/cart",
    policy: SIGNED_IN(200),
  },
  {
    // Another account's cart is never merged: 404 as an unknown id; the caller's own is answered as is.
    route: "POST /store/account/cart/merge",
    targets: C_TARGETS,
    path: () => "/store/account/cart/merge",
    body: (c, t) => ({ cart_id: t === "unknown" ? C_UNKNOWN.cart : person(c, t).cartId }),
    policy: OWN_RECORD(200),
  },
  {
    // Deletes only the caller: a company member is refused (409) — the company hangs on the login.
    route: "POST /store/account/delete",
    targets: ["none"],
    path: () => "/store/account/delete",
    body: () => ({ password: PASSWORD }),
    policy: { anonymous: 401, consumer: 200, buyer: 409 },
  },
]

function consumerExpected(row: ConsumerRow, actor: ConsumerActor, target: ConsumerTarget): number {
  const policy = row.policy[consumerKindOf(actor)]
  if (typeof policy === "number") {
    return policy
  }
  const relation = target === "unknown" ? "unknown" : target === personOf(actor) ? "own" : "other"
  const status = policy[relation]
  if (status === undefined) {
    throw new Error(`POLICY of ${row.route} has no ${relation} entry for ${consumerKindOf(actor)}`)
  }
  return status
}

/** Two consumers, each with an address, an order, an open cart and a mailed verification token. */
async function consumerFixtures(api: any, container: MedusaContainer, buyerA: string): Promise<ConsumerFixtures> {
  const consumerKey = await publishableKey(api, "consumer")
  const eur = await regionId(api, consumerKey, "eur")
  const { data } = await api.get("/store/products?handle=colombia-huila", storeHeaders(consumerKey))
  const variantId = data.products[0].variants[0].id
  const make = async (name: string): Promise<Consumer> => {
    const email = `${name.toLowerCase()}@consumer.example`
    const token = await registerCustomer(api, consumerKey, {
      email,
      password: PASSWORD,
      first_name: name,
      last_name: `${name}-Matrix`,
    })
    const auth = storeHeaders(consumerKey, token)
    const { data: added } = await api.post(
      "/store/customers/me/addresses?fields=id,*addresses",
      {
        first_name: name,
        last_name: "M",
        address_1: `${name} Street 1`,
        city: "Berlin",
        postal_code: "10115",
        country_code: "de",
      },
      auth
    )
    const cartToOrder = await readyCart(api, consumerKey, token, {
      regionId: eur,
      items: [{ variant_id: variantId, quantity: 1 }],
      provider: SYSTEM_PROVIDER,
    })
    const orderId = (await complete(api, consumerKey, token, cartToOrder)).data.order.id
    const { data: open } = await api.post("/store/carts", { region_id: eur }, auth)
    await api.post(`/store/carts/${open.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, auth)
    await api.post("/store/account/verification", {}, auth)
    const [sent] = await container
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .listNotifications({ to: email, template: "customer.verify-email" } as Record<string, unknown>, {
        order: { created_at: "DESC" },
      })
    return {
      email,
      token,
      customerId: added.customer.id,
      addressId: added.customer.addresses[0].id,
      orderId,
      cartId: open.cart.id,
      verificationToken: new URL(String(sent.data?.verify_url)).searchParams.get("token")!,
    }
  }
  const X = await make("Xenia")
  const Y = await make("Yusuf")
  return {
    X,
    Y,
    consumerKey,
    tokens: { anonymous: undefined, consumerX: X.token, consumerY: Y.token, buyerA },
  }
}

function expectedStatus(row: Row, actor: Actor, target: Target): number {
  const policy = isDual(actor) && row.dual !== undefined ? row.dual : row.policy[kindOf(actor)]
  if (typeof policy === "number") {
    return policy
  }
  const relation = target === "unknown" ? "unknown" : target === companyOf(actor) ? "own" : "other"
  const status = policy[relation]
  if (status === undefined) {
    throw new Error(`POLICY of ${row.route} has no ${relation} entry for ${isDual(actor) ? actor : kindOf(actor)}`)
  }
  return status
}

integrationSuite({
  testSuite: ({ api, getContainer }) => {
    let key: string
    const f = {} as Fixtures
    let c: ConsumerFixtures
    const service = () => getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
    const rowCarts = new Map<string, Promise<string>>()

    beforeAll(async () => {
      key = await publishableKey(api, "trade")
      const admin = await adminHeaders(api)
      f.A = await activeCompany(api, key, getContainer(), admin, "alpha")
      f.B = await activeCompany(api, key, getContainer(), admin, "bravo")
      const dual = await addEmployee(api, key, getContainer(), f.A.admin.token, "dual@franchise.example", "buyer")
      const inB = await joinCompany(api, key, getContainer(), f.B.admin.token, dual, "buyer")
      f.dual = { ...dual, employeeIds: { A: dual.employeeId, B: inB } }
      f.tokens = {
        anonymous: undefined,
        b2c: await registerCustomer(api, key, {
          email: "b2c@home.example",
          password: PASSWORD,
          first_name: "B",
          last_name: "C",
        }),
        buyerA: f.A.buyer.token,
        adminA: f.A.admin.token,
        buyerB: f.B.buyer.token,
        adminB: f.B.admin.token,
        dualA: dual.token,
        dualB: dual.token,
      }
      f.freshInviteToken = async (which, tag) => {
        const email = `${tag.toLowerCase()}-${which.toLowerCase()}@invitee.example`
        await api.post("/store/companies/me/invites", { email, role: "buyer" }, storeHeaders(key, f[which].admin.token))
        return (await latestInvite(getContainer(), email)).token
      }
      f.joinTokens = { A: await f.freshInviteToken("A", "join"), B: await f.freshInviteToken("B", "join") }
      Object.assign(f, await checkoutFixtures(api, key, getContainer(), f))
      Object.assign(f, await quoteApprovalFixtures(api, key, getContainer(), admin, f))
      c = await consumerFixtures(api, getContainer(), f.A.buyer.token)
      f.rowCart = (actor) => {
        if (!rowCarts.has(actor)) rowCarts.set(actor, f.freshCart(actor))
        return rowCarts.get(actor)!
      }
    })

    /** Everything of a company a cell could read or write, for the before/after comparison. */
    async function stateOf(companyId: string) {
      const opts = { withDeleted: true, order: { id: "ASC" as const } }
      const [company] = await service().listCompanies({ id: companyId })
      return {
        company,
        // Which company the two-company person acts for (active_at) is theirs, not the company's.
        employees: (await service().listEmployees({ company_id: companyId }, opts)).map(
          ({ active_at: _chosen, updated_at: _touched, ...employee }: any) => employee
        ),
        addresses: await service().listCompanyAddresses({ company_id: companyId }, opts),
        invites: (await service().listEmployeeInvites({ company_id: companyId }, opts)).map(
          ({ id, email, accepted_at, deleted_at }) => ({ id, email, accepted_at, deleted_at })
        ),
        ...(await quoteApprovalStateOf(getContainer(), companyId)),
      }
    }

    /** Strings that would betray company X in a response: ids and emails of its records. */
    async function markersOf(which: "A" | "B") {
      const c = f[which]
      const state = await stateOf(c.id)
      return [
        c.id,
        ...state.employees.map((e: any) => e.id),
        // The two-company person's customer id belongs to both companies: not a marker of either.
        ...state.employees.map((e: any) => e.customer_id).filter((id: string) => id !== f.dual.customerId),
        ...state.addresses.map((a) => a.id),
        ...state.invites.map((i) => i.id),
        // The two-company person was invited into both companies: their email is theirs, not a marker of either.
        ...state.invites.map((i) => i.email).filter((email) => email !== f.dual.email),
        ...state.quotes.flatMap((q: any) => [q.id, q.cart_id]),
        ...state.approvals.flatMap((a: any) => [a.id, a.cart_id]),
        which === "A" ? "alpha" : "bravo",
      ]
    }

    /**
     * Both companies' state and markers as every row finds them. Each test starts from the file's
     * snapshot (the suite restores it before a test that follows one that changed rows), so they
     * are the same for every row: read once, on the first row.
     */
    let atSnapshot: Promise<{ before: Record<"A" | "B", unknown>; markers: Record<"A" | "B", string[]> }> | undefined
    const snapshotState = () => {
      atSnapshot ??= (async () => {
        const [A, B, markersA, markersB] = await Promise.all([
          stateOf(f.A.id),
          stateOf(f.B.id),
          markersOf("A"),
          markersOf("B"),
        ])
        return { before: { A, B }, markers: { A: markersA, B: markersB } }
      })()
      return atSnapshot
    }

    async function call(row: Row, actor: Actor, target: Target) {
      if (isDual(actor)) {
        await actFor(api, key, f.dual.token, f[companyOf(actor)!].id)
      }
      const [method] = row.route.split(" ")
      const path = await row.path(f, target, actor)
      const config = { ...storeHeaders(key, f.tokens[actor]), validateStatus: () => true }
      const body = row.body?.(f, target, actor)
      const res =
        method === "GET"
          ? await api.get(path, config)
          : method === "DELETE"
            ? await api.delete(path, config)
            : await api.post(path, body ?? {}, config)
      return { status: res.status as number, data: res.data, path }
    }

    it("the policy covers every row, caller and target", () => {
      for (const row of ROWS) {
        for (const actor of ACTORS) {
          for (const target of row.targets) {
            expect(() => expectedStatus(row, actor, target)).not.toThrow()
          }
        }
      }
    })

    describe.each(ROWS.map((row) => [row.route, row] as const))("%s", (_route, row) => {
      it("answers every caller as the policy says, and nobody reads or writes the other company", async () => {
        const cells = ACTORS.flatMap((actor) =>
          row.targets.map((target) => ({ actor, target, expected: expectedStatus(row, actor, target) }))
        )
        // Refused cells first: after them both companies must be exactly as before.
        const refused = cells.filter((c) => c.expected >= 300)
        const allowed = cells.filter((c) => c.expected < 300)
        const { before, markers } = await snapshotState()
        rowCarts.clear()
        const mismatches: string[] = []
        const answered: { status: number; data: any }[] = []

        for (const cell of [...refused, ...allowed]) {
          const res = await call(row, cell.actor, cell.target)
          if (res.status < 300) {
            answered.push(res)
          }
          if (res.status !== cell.expected) {
            mismatches.push(
              `${cell.actor} → ${res.path}: expected ${cell.expected}, got ${res.status} ${JSON.stringify(res.data)}`
            )
          }
          if (res.status < 300 && !row.public) {
            const own = row.actsFor ? row.actsFor(cell.actor, cell.target) : companyOf(cell.actor)
            // The two-company person's own membership list names both their companies by design.
            const { memberships: _theirs, ...rest } = isDual(cell.actor) ? (res.data ?? {}) : { memberships: undefined }
            const body = JSON.stringify(isDual(cell.actor) ? rest : res.data)
            if (!own) {
              mismatches.push(`${cell.actor} → ${res.path}: a caller without a company got company data`)
            } else {
              const other = own === "A" ? "B" : "A"
              const leaked = markers[other].filter((m) => body.includes(m))
              if (leaked.length) {
                mismatches.push(`${cell.actor} → ${res.path}: response reveals company ${other}: ${leaked.join(", ")}`)
              }
            }
          }
          if (cell === refused[refused.length - 1]) {
            const [A, B] = await Promise.all([stateOf(f.A.id), stateOf(f.B.id)])
            const after = { A, B }
            expect(after, "a refused call changed a company").toEqual(before)
          }
        }
        await row.settle?.(answered, getContainer())
        expect(mismatches).toEqual([])
      })
    })

    /** Everything of a consumer a cell could read or write. */
    async function consumerStateOf(who: Consumer) {
      const container = getContainer()
      const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
      const [customer] = await customers.listCustomers({ id: who.customerId }, { withDeleted: true })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "customer_id"],
        filters: { id: who.orderId },
      })
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "completed_at", "items.quantity"],
        filters: { id: who.cartId },
      })
      const { data: identities } = await query.graph({
        entity: "auth_identity",
        fields: ["id"],
        filters: { app_metadata: { customer_id: who.customerId } } as Record<string, unknown>,
      })
      return {
        customer,
        addresses: await customers.listCustomerAddresses({ customer_id: who.customerId }, {
          withDeleted: true,
        } as never),
        orders,
        carts,
        identities: identities.length,
      }
    }
    let consumersBefore: Promise<Record<"X" | "Y", unknown>> | undefined
    const consumersAtSnapshot = () => {
      consumersBefore ??= Promise.all([consumerStateOf(c.X), consumerStateOf(c.Y)]).then(([X, Y]) => ({ X, Y }))
      return consumersBefore
    }
    const consumerMarkers = (who: Consumer) => [who.customerId, who.email, who.addressId, who.orderId, who.cartId]

    it("the consumer policy covers every row, caller and target", () => {
      for (const row of CONSUMER_ROWS) {
        for (const actor of CONSUMER_ACTORS) {
          for (const target of row.targets) {
            expect(() => consumerExpected(row, actor, target)).not.toThrow()
          }
        }
      }
    })

    describe.each(CONSUMER_ROWS.map((row) => [row.route, row] as const))("consumer key: %s", (_route, row) => {
      it("answers every caller as the policy says, and no customer reads or writes another's", async () => {
        const cells = CONSUMER_ACTORS.flatMap((actor) =>
          row.targets.map((target) => ({ actor, target, expected: consumerExpected(row, actor, target) }))
        )
        const refused = cells.filter((cell) => cell.expected >= 300)
        const allowed = cells.filter((cell) => cell.expected < 300)
        // Every row starts from the file's snapshot (see snapshotState): both consumers as it has them.
        const before = await consumersAtSnapshot()
        const mismatches: string[] = []
        for (const cell of [...refused, ...allowed]) {
          const [method] = row.route.split(" ")
          const path = row.path(c, cell.target)
          const config = { ...storeHeaders(c.consumerKey, c.tokens[cell.actor]), validateStatus: () => true }
          const body = row.body?.(c, cell.target) ?? {}
          const res =
            method === "GET"
              ? await api.get(path, config)
              : method === "DELETE"
                ? await api.delete(path, config)
                : await api.post(path, body, config)
          if (res.status !== cell.expected) {
            mismatches.push(
              `${cell.actor} → ${path} (${cell.target}): expected ${cell.expected}, got ${res.status} ${JSON.stringify(res.data)}`
            )
          }
          if (res.status < 300) {
            const own = personOf(cell.actor)
            const others = (["X", "Y"] as const).filter((p) => p !== own)
            const text = JSON.stringify(res.data)
            const leaked = others.flatMap((p) => consumerMarkers(c[p]).filter((m) => text.includes(m)))
            if (leaked.length) {
              mismatches.push(`${cell.actor} → ${path}: response reveals another customer: ${leaked.join(", ")}`)
            }
          }
          if (cell === refused[refused.length - 1]) {
            const [X, Y] = await Promise.all([consumerStateOf(c.X), consumerStateOf(c.Y)])
            expect({ X, Y }, "a refused call changed a customer").toEqual(before)
          }
        }
        expect(mismatches).toEqual([])
      })
    })

    /**
     * Cases outside the six actors. A viewer is no matrix actor (it would multiply every row): its
     * refusals on the quote and approval writes are checked here, with company A's viewer, under
     * rules that cover viewers. And the requester of an approval request may not decide it even as
     * a company admin (the matrix' buyers are refused by role already).
     */
    describe("outside the six actors", () => {
      it("a viewer of company A cannot request a quote (403) nor submit a cart for approval (403), nor reject or accept A's quote (403)", async () => {
        const asViewer = { ...storeHeaders(key, f.viewerA.token), validateStatus: () => true }
        // Rules that cover viewers: a refused submission is the role's doing, not "no approval needed".
        const settings = await api.post(
          "/store/approvals/settings",
          { amount_threshold: 0, amount_applies_to: ["buyer", "viewer"], always_roles: ["viewer"] },
          storeHeaders(key, f.A.admin.token)
        )
        expect(settings.status).toBe(200)
        const cartId = await cartOf(api, key, f.viewerA.token)
        const before = { A: await stateOf(f.A.id), B: await stateOf(f.B.id) }

        const requested = await api.post("/store/quotes", { cart_id: cartId, message: "A viewer asks" }, asViewer)
        const submitted = await api.post(`/store/carts/${cartId}/approval`, { comment: "A viewer asks" }, asViewer)
        const rejected = await api.post(`/store/quotes/${f.quotes.A.buyer}/reject`, { reason: "viewer" }, asViewer)
        const accepted = await api.post(
          `/store/quotes/${f.quotes.A.buyer}/accept`,
          { company_address_id: f.A.addressId },
          asViewer
        )
        // Reading: the viewer is not the requester of the buyer's quote or approval request.
        const quote = await api.get(`/store/quotes/${f.quotes.A.buyer}`, asViewer)
        const approval = await api.get(`/store/approvals/${f.approvals.A}`, asViewer)

        expect({
          requested: requested.status,
          submitted: submitted.status,
          rejected: rejected.status,
          accepted: accepted.status,
          quote: quote.status,
          approval: approval.status,
        }).toEqual({ requested: 403, submitted: 403, rejected: 403, accepted: 403, quote: 404, approval: 404 })
        expect({ A: await stateOf(f.A.id), B: await stateOf(f.B.id) }).toEqual(before)
      })

      it("a company admin cannot approve their own cart (403), yet approves the buyer's", async () => {
        const asAdmin = { ...storeHeaders(key, f.A.admin.token), validateStatus: () => true }
        await api.post("/store/approvals/settings", { amount_threshold: null, always_roles: ["admin"] }, asAdmin)
        const cartId = await cartOf(api, key, f.A.admin.token)
        const submitted = await api.post(`/store/carts/${cartId}/approval`, {}, asAdmin)
        expect(submitted.status).toBe(200)
        const own = await api.post(`/store/approvals/${submitted.data.approval.id}/approve`, {}, asAdmin)
        expect(own.status).toBe(403)
        expect(own.data.message).toMatch(/own cart/)
        const buyers = await api.post(`/store/approvals/${f.approvals.A}/approve`, {}, asAdmin)
        expect(buyers.status).toBe(200)
      })
    })
  },
})
