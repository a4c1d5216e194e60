import path from "node:path"
import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { EmployeeRole, PaymentTerms } from "../../src/constants"
import {
  DEMO,
  customerToken,
  failure,
  productByHandle,
  provisionDemo,
  publishableKey,
  regionId,
  registerCustomer,
  storeHeaders,
  type Api,
} from "../../../../backend/integration-tests/helpers/storefront-api"

export { DEMO, customerToken, failure, productByHandle, provisionDemo, publishableKey, regionId, registerCustomer, storeHeaders }
export type { Api }

/** The backend app the plugin's integration tests boot (medusaIntegrationTestRunner's `cwd`). */
export const PLUGIN_TEST_BACKEND_DIR = path.resolve(__dirname, "../../../../backend")

export const PASSWORD = "a-long-password"

/** Bearer headers of the demo admin user (every /admin route needs them). */
export async function adminHeaders(api: Api) {
  const { data } = await api.post("/auth/user/emailpass", { email: DEMO.admin.email, password: DEMO.admin.password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A valid trade application; `slug` makes names and emails unique. */
export function applicationBody(slug: string, overrides: { company?: object; applicant?: object } = {}) {
  return {
    company: {
      name: `${slug} GmbH`,
      vat_id: "DE123456789",
      email: `office@${slug}.example`,
      phone: "+49 30 1234567",
      currency_code: "eur",
      ...overrides.company,
    },
    applicant: {
      email: `owner@${slug}.example`,
      password: PASSWORD,
      first_name: "Olga",
      last_name: slug,
      ...overrides.applicant,
    },
  }
}

/** Submits an application and signs the applicant in. */
export async function applyForTrade(api: Api, key: string, slug: string) {
  const body = applicationBody(slug)
  const { data, status } = await api.post("/store/trade-applications", body, storeHeaders(key))
  const token = await customerToken(api, body.applicant.email, PASSWORD)
  return { status, application: data.application as { company_id: string; status: string }, token, email: body.applicant.email }
}

export async function approve(
  api: Api,
  admin: object,
  companyId: string,
  terms: { payment_terms?: PaymentTerms; credit_limit?: number; po_required?: boolean } = {}
) {
  const { data } = await api.post(
    `/admin/companies/${companyId}/approve`,
    { payment_terms: "net30", credit_limit: 5000, ...terms },
    admin
  )
  return data.company
}

/** The accept link of the latest invite notification sent to `email`, and its token. */
export async function latestInvite(container: MedusaContainer, email: string) {
  const notifications = await container
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .listNotifications({ to: email, template: "company.employee_invited" }, { order: { created_at: "DESC" }, take: 1 })
  const url = String(notifications[0]?.data?.accept_url ?? "")
  return { url, token: url.split("/invite/")[1] ?? "" }
}

export type Member = { token: string; employeeId: string; customerId: string; email: string }

/** Invites `email` into the admin's company with `role`, accepts the invite and signs the new employee in. */
export async function addEmployee(
  api: Api,
  key: string,
  container: MedusaContainer,
  adminToken: string,
  email: string,
  role: EmployeeRole,
  spending_limit: number | null = null
): Promise<Member> {
  await api.post("/store/companies/me/invites", { email, role, spending_limit }, storeHeaders(key, adminToken))
  const { token: inviteToken } = await latestInvite(container, email)
  const { data } = await api.post(
    `/store/invites/${inviteToken}/accept`,
    { password: PASSWORD, first_name: role, last_name: "Employee" },
    storeHeaders(key)
  )
  const token = await customerToken(api, email, PASSWORD)
  const me = await api.get("/store/companies/me", storeHeaders(key, token))
  return { token, employeeId: me.data.employee.id, customerId: data.customer.id, email }
}

export type ActiveCompany = {
  id: string
  admin: Member
  buyer: Member
  addressId: string
  inviteId: string
}

/**
 * An approved company with an admin (the applicant), a buyer, one address and one open invite —
 * the ids the authorization matrix needs.
 */
export async function activeCompany(
  api: Api,
  key: string,
  container: MedusaContainer,
  admin: object,
  slug: string
): Promise<ActiveCompany> {
  const applied = await applyForTrade(api, key, slug)
  await approve(api, admin, applied.application.company_id)
  const me = await api.get("/store/companies/me", storeHeaders(key, applied.token))
  const companyAdmin: Member = {
    token: applied.token,
    employeeId: me.data.employee.id,
    customerId: "",
    email: applied.email,
  }
  const buyer = await addEmployee(api, key, container, applied.token, `buyer@${slug}.example`, "buyer", 1000)
  const { data: address } = await api.post(
    "/store/companies/me/addresses",
    {
      label: "Head office",
      first_name: "Olga",
      last_name: slug,
      company: `${slug} GmbH`,
      address_1: "Hauptstraße 1",
      city: "Berlin",
      postal_code: "10115",
      country_code: "de",
    },
    storeHeaders(key, applied.token)
  )
  const { data: invite } = await api.post(
    "/store/companies/me/invites",
    { email: `pending@${slug}.example`, role: "viewer" },
    storeHeaders(key, applied.token)
  )
  return {
    id: applied.application.company_id,
    admin: companyAdmin,
    buyer,
    addressId: address.address.id,
    inviteId: invite.invite.id,
  }
}

/** The consumer-vs-trade price of one variant for a caller (the Trade key; token optional). */
export async function priceOf(api: Api, key: string, eur: string, token?: string) {
  const product = await productByHandle(api, key, "colombia-huila", { regionId: eur, token })
  const variant = product.variants.find((v: any) => v.sku === "COLOMBIA-HUILA-1KG")
  return {
    amount: variant.calculated_price.calculated_amount as number,
    original: variant.calculated_price.original_amount as number,
    isTrade: variant.calculated_price.calculated_price?.price_list_type === "sale",
  }
}
