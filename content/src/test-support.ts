import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { afterEach } from "vitest"
import { catalogFromJson, type Catalog } from "./catalog.ts"
import type { Site } from "./schemas.ts"

/* Fixtures shared by the tests: a content tree in a temp dir, a small catalog, a fake backend. */

export const FIXTURE_PRODUCTS: { handle: string; channels: Site[] }[] = [
  { handle: "kenya-nyeri-aa", channels: ["consumer", "trade"] },
  { handle: "chemex-6-cup", channels: ["consumer", "trade"] },
  { handle: "brew-starter-kit", channels: ["consumer"] },
  { handle: "colombia-huila-5kg", channels: ["trade"] },
]

export const fixtureCatalog = (): Catalog => catalogFromJson({ products: FIXTURE_PRODUCTS }, "fixture-catalog.json")

export const GOOD_STORY = `---
title: Kenya Nyeri AA
product: kenya-nyeri-aa
summary: Blackcurrant and grapefruit.
related: [chemex-6-cup]
publishedAt: 2026-02-16
status: published
sites: [consumer, trade]
---

A story.
`

export const GOOD_PAGE = `---
title: Our roastery
description: Who we are.
sites: [consumer, trade]
featuredProducts: [kenya-nyeri-aa]
publishedAt: 2026-01-06
status: published
---

A page.
`

/** Writes `{ "stories/a.md": "..." }` into a fresh temp dir; returns its path and a cleanup. */
export async function writeContentTree(
  files: Record<string, string>,
): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "hybrid-content-"))
  for (const [path, source] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), source)
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) }
}

/**
 * For a test file: returns `tree(files)`, which writes a content tree like `writeContentTree` and
 * returns its root; every tree a test wrote is removed after that test.
 */
export function contentTrees(): (files: Record<string, string>) => Promise<string> {
  const written: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(written.splice(0).map((cleanup) => cleanup()))
  })
  return async (files) => {
    const tree = await writeContentTree(files)
    written.push(tree.cleanup)
    return tree.root
  }
}

/**
 * A stand-in for the backend's two routes the validator uses. Each site's key lists only that
 * site's products, and `/store/products` refuses requests without a known key, like Medusa.
 */
export async function startFakeBackend(
  products = FIXTURE_PRODUCTS,
): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const keys: Record<string, Site> = { pk_consumer_test: "consumer", pk_trade_test: "trade" }
  const requests: string[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://backend")
    requests.push(url.pathname + url.search)
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    }
    const bootstrap = /^\/storefront-bootstrap\/(consumer|trade)$/.exec(url.pathname)
    if (bootstrap)
      return send(200, { publishable_key: `pk_${bootstrap[1]}_test`, sales_channel_id: `sc_${bootstrap[1]}` })
    if (url.pathname === "/store/products") {
      const site = keys[String(req.headers["x-publishable-api-key"])]
      if (!site) return send(400, { type: "not_allowed", message: "Publishable API key required" })
      const listed = products.filter((product) => product.channels.includes(site))
      const limit = Number(url.searchParams.get("limit") ?? 50)
      const offset = Number(url.searchParams.get("offset") ?? 0)
      return send(200, {
        products: listed.slice(offset, offset + limit).map(({ handle }) => ({ id: `prod_${handle}`, handle })),
        count: listed.length,
        offset,
        limit,
      })
    }
    send(404, { message: "not found" })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
