import { readFile } from "node:fs/promises"
import { z } from "astro/zod"
import { SITES, type Site } from "./schemas.ts"

/**
 * The product handles content may reference, each with the sites that sell it. Built from the
 * seed catalog file or from a running backend; the validator needs nothing else.
 */
export interface Catalog {
  /** Where the handles came from, for the summary line (a path or a URL). */
  source: string
  products: ReadonlyMap<string, ReadonlySet<Site>>
}

const catalogFileSchema = z.object({
  products: z.array(
    z.object({
      handle: z.string().min(1),
      /** The seed catalog's sales channels; a catalog without them sells everything everywhere. */
      channels: z.array(z.enum(SITES)).optional(),
    }),
  ),
})

/** Reads a catalog JSON shaped like backend/data/catalog.json (`products[].handle`, optional `channels`). */
export function catalogFromJson(json: unknown, source: string): Catalog {
  const parsed = catalogFileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${source} is not a catalog: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`)
  }
  const products = new Map<string, ReadonlySet<Site>>()
  for (const product of parsed.data.products) {
    products.set(product.handle, new Set(product.channels ?? SITES))
  }
  return { source, products }
}

export async function readCatalogFile(path: string): Promise<Catalog> {
  let text: string
  try {
    text = await readFile(path, "utf8")
  } catch (error) {
    throw new Error(`cannot read catalog ${path}: ${(error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`catalog ${path} is not valid JSON: ${(error as Error).message}`)
  }
  return catalogFromJson(json, path)
}

export interface FetchCatalogOptions {
  fetch?: typeof globalThis.fetch
  /** Per request. */
  timeoutMs?: number
  pageSize?: number
}

/**
 * Lists every product handle the running backend sells, per site: for each site it reads the
 * publishable key from `GET /storefront-bootstrap/<site>` and pages through
 * `/store/products?fields=handle` with that key, so a product counts for a site exactly when
 * that site's sales channel lists it.
 */
export async function fetchCatalog(backendUrl: string, options: FetchCatalogOptions = {}): Promise<Catalog> {
  const { fetch = globalThis.fetch, timeoutMs = 10_000, pageSize = 100 } = options
  const base = backendUrl.replace(/\/+$/, "")

  async function getJson(path: string, headers: Record<string, string> = {}): Promise<unknown> {
    const url = `${base}${path}`
    let response: Response
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      const reason = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message
      throw new Error(`cannot reach the backend at ${url}: ${reason}`)
    }
    if (!response.ok) {
      throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`.trimEnd())
    }
    return response.json()
  }

  const products = new Map<string, Set<Site>>()
  for (const site of SITES) {
    const bootstrap = z
      .object({ publishable_key: z.string().min(1) })
      .safeParse(await getJson(`/storefront-bootstrap/${site}`))
    if (!bootstrap.success) {
      throw new Error(`${base}/storefront-bootstrap/${site} returned no publishable_key`)
    }
    const headers = { "x-publishable-api-key": bootstrap.data.publishable_key }

    for (let offset = 0; ; ) {
      const page = z
        .object({ products: z.array(z.object({ handle: z.string() })), count: z.number() })
        .safeParse(await getJson(`/store/products?fields=handle&limit=${pageSize}&offset=${offset}`, headers))
      if (!page.success) {
        throw new Error(`${base}/store/products (${site}) returned an unexpected body`)
      }
      for (const { handle } of page.data.products) {
        const sites = products.get(handle) ?? new Set<Site>()
        sites.add(site)
        products.set(handle, sites)
      }
      offset += page.data.products.length
      if (page.data.products.length === 0 || offset >= page.data.count) break
    }
  }
  return { source: base, products }
}
