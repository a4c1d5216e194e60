import type { MedusaContainer } from "@medusajs/framework/types"
import { provision, DEMO_ACCOUNTS } from "../../src/lib/provisioning"

/** The axios instance Medusa's test runner hands to a suite. */
export type Api = {
  get: (url: string, config?: object) => Promise<any>
  post: (url: string, body?: unknown, config?: object) => Promise<any>
  delete: (url: string, config?: object) => Promise<any>
}

export const DEMO = DEMO_ACCOUNTS

/** Provision the demo merchant exactly as `npm start` does (demo accounts included). */
export async function provisionDemo(container: MedusaContainer) {
  await provision(container, { demoAccounts: true })
}

/** Answer of a request that is expected to fail, as { status, data }. */
export async function failure(request: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await request
  } catch (error: any) {
    if (error?.response) {
      return { status: error.response.status, data: error.response.data }
    }
    throw error
  }
  throw new Error("expected the request to fail, it succeeded")
}

export function storeHeaders(publishableKey: string, token?: string) {
  return {
    headers: {
      "x-publishable-api-key": publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  }
}

export async function publishableKey(api: Api, channel: "consumer" | "trade"): Promise<string> {
  const { data } = await api.get(`/storefront-bootstrap/${channel}`)
  return data.publishable_key
}

export async function customerToken(api: Api, email: string, password: string): Promise<string> {
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return data.token
}

/** Register a customer account (store API) and return its token. */
export async function registerCustomer(
  api: Api,
  key: string,
  customer: { email: string; password: string; first_name: string; last_name: string }
): Promise<string> {
  const { data: reg } = await api.post("/auth/customer/emailpass/register", {
    email: customer.email,
    password: customer.password,
  })
  await api.post(
    "/store/customers",
    { email: customer.email, first_name: customer.first_name, last_name: customer.last_name },
    storeHeaders(key, reg.token)
  )
  return customerToken(api, customer.email, customer.password)
}

export async function regionId(api: Api, key: string, currency: "eur" | "usd"): Promise<string> {
  const { data } = await api.get("/store/regions", storeHeaders(key))
  return data.regions.find((r: any) => r.currency_code === currency).id
}

export async function productByHandle(
  api: Api,
  key: string,
  handle: string,
  opts: { regionId?: string; token?: string } = {}
) {
  const params = new URLSearchParams({ handle, fields: "+variants.sku" })
  if (opts.regionId) {
    params.set("fields", "*variants.calculated_price,+variants.sku")
    params.set("region_id", opts.regionId)
    params.set("country_code", "de")
  }
  const { data } = await api.get(`/store/products?${params}`, storeHeaders(key, opts.token))
  return data.products[0]
}

export async function listAllHandles(api: Api, key: string): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += 50) {
    const { data } = await api.get(
      `/store/products?fields=handle&limit=50&offset=${offset}`,
      storeHeaders(key)
    )
    handles.push(...data.products.map((p: any) => p.handle))
    if (offset + 50 >= data.count) {
      return handles
    }
  }
}
