import { existsSync } from "node:fs"
import path from "node:path"
import { findFreePort } from "@hybrid/platform/database"
import { repoPaths, resolveBinScript } from "@hybrid/platform/paths"
import { backendEnv, baseChildEnv, migrate, seed } from "@hybrid/platform/platform"
import { type ManagedProcess, spawnProcess, waitForHttp } from "@hybrid/platform/services"
import { DatabaseAdmin, databaseUrl } from "@hybrid/test-kit/databases"
import pg from "pg"
import { inject } from "vitest"

/**
 * Partial installs: the built backend migrates, starts and takes a consumer guest checkout with no
 * B2B plugin, with company accounts alone, and with each other plugin plus what its package.json
 * declares it needs (HC_PLUGINS, backend/src/lib/plugin-selection.ts). Real processes on the run's
 * PostgreSQL: a shop without plugins is migrated and provisioned once into an empty database; each
 * install starts from a copy of it, runs `medusa db:migrate` with its plugins and starts, exactly
 * what a merchant adding plugins to a running shop does (README: "Run db:migrate after adding
 * plugins"). Provisioning the demo merchant with every plugin is the integration template's job
 * (global setup); with none, this file's core.
 */
const INSTALLS: { plugins: string; tables: string[]; routes: string[] }[] = [
  { plugins: "none", tables: [], routes: [] },
  { plugins: "company-accounts", tables: ["company"], routes: ["/store/companies/me"] },
  { plugins: "trade-pricing", tables: ["quantity_rule"], routes: [] },
  { plugins: "insights", tables: [], routes: [] },
  { plugins: "email", tables: ["email_delivery"], routes: [] },
  {
    plugins: "approvals,company-accounts",
    tables: ["company", "approval_request"],
    routes: ["/store/companies/me", "/store/approvals"],
  },
  {
    plugins: "quotes,company-accounts,trade-pricing",
    tables: ["company", "quantity_rule", "quote"],
    routes: ["/store/companies/me", "/store/quotes"],
  },
]
/** Every B2B table and store route above: a plugin not installed leaves no trace of them. */
const ALL_TABLES = [...new Set(INSTALLS.flatMap((i) => i.tables))]
const ALL_ROUTES = [...new Set(INSTALLS.flatMap((i) => i.routes))]

const GUEST_ADDRESS = {
  first_name: "Gina",
  last_name: "Guest",
  address_1: "Bohnenweg 2",
  city: "Hamburg",
  postal_code: "20095",
  country_code: "de",
}

const paths = repoPaths()
const { server, prefix } = inject("testServer")
const admin = new DatabaseAdmin(server)
const core = `${prefix}_pi_core`
const children = new Set<ManagedProcess>()
const track = (p: ManagedProcess) => {
  children.add(p)
  return () => children.delete(p)
}

function env(database: string, plugins: string, port: number) {
  return {
    ...backendEnv(baseChildEnv(paths), {
      databaseUrl: databaseUrl(server, database),
      nodeEnv: "test",
      dataDir: path.join(paths.dataDir, "test-integration", database),
      port,
    }),
    HC_PLUGINS: plugins,
    ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "warn",
  }
}
const step = (database: string, plugins: string, log: string) => ({
  paths,
  flavor: "built" as const,
  env: env(database, plugins, 9000),
  output: () => ({ kind: "file" as const, file: path.join(paths.testLogsDir, `partial-install-${log}.log`) }),
  track,
})

/**
 * `medusa db:migrate` for an install on top of the core: module migrations and links, as always.
 * Its two later steps each boot the whole app in a child process, and for most installs would
 * find nothing to do, so they are skipped only where that is certain: search indexes are defined
 * by the backend alone (backend/src/search), the same for every install and created with the
 * core; migration scripts run when one of the install's plugins ships some (insights does).
 */
function installStep(database: string, plugins: string, log: string) {
  const withScripts = plugins
    .split(",")
    .some((plugin) => existsSync(path.join(paths.root, "plugins", plugin, "src", "migration-scripts")))
  return {
    ...step(database, plugins, `${log}-migrate`),
    extraArgs: ["--skip-search", ...(withScripts ? [] : ["--skip-scripts"])],
  }
}

async function json(response: Response, what: string) {
  const text = await response.text()
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** Raises the variant's current price by 1 (major unit) in the database, as a merchant's edit would. */
async function raisePrice(database: string, variantId: string) {
  const client = new pg.Client({ connectionString: databaseUrl(server, database) })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      `UPDATE price SET amount = amount + 1,
              raw_amount = jsonb_set(raw_amount, '{value}', to_jsonb((amount + 1)::text))
        WHERE deleted_at IS NULL AND price_list_id IS NULL
          AND price_set_id IN (SELECT price_set_id FROM product_variant_price_set WHERE variant_id = $1)`,
      [variantId]
    )
    expect(rowCount).toBeGreaterThan(0)
  } finally {
    await client.end()
  }
}

/**
 * A consumer guest's whole checkout through the store API; returns the completion's answer. With
 * `staleBy`, the variant's price is raised after the cart was priced: the order boundary (trade
 * pricing's "current-prices" guard) must refuse the completion with 409 until "Update prices".
 */
async function consumerCheckout(base: string, staleBy?: { database: string }) {
  const { publishable_key: key } = await json(await fetch(`${base}/storefront-bootstrap/consumer`), "consumer key")
  const headers = { "x-publishable-api-key": key, "content-type": "application/json" }
  const post = async (url: string, body: unknown, what: string) =>
    json(await fetch(`${base}${url}`, { method: "POST", headers, body: JSON.stringify(body) }), what)
  const get = async (url: string, what: string) => json(await fetch(`${base}${url}`, { headers }), what)

  const { regions } = await get("/store/regions", "regions")
  const eur = regions.find((r: { currency_code: string }) => r.currency_code === "eur")
  const { products } = await get(
    `/store/products?limit=50&region_id=${eur.id}&fields=id,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory`,
    "products"
  )
  const variant = products
    .flatMap((p: { variants: unknown[] }) => p.variants)
    .find(
      (v: {
        calculated_price?: { is_calculated_price_price_list?: boolean }
        manage_inventory?: boolean
        inventory_quantity?: number
      }) =>
        // A base price (no sale list), so raising the variant's base prices raises what it costs.
        v.calculated_price &&
        !v.calculated_price.is_calculated_price_price_list &&
        (!v.manage_inventory || (v.inventory_quantity ?? 0) > 0)
    )
  const { cart } = await post(
    "/store/carts",
    {
      region_id: eur.id,
      email: "guest@example.com",
      shipping_address: GUEST_ADDRESS,
      billing_address: GUEST_ADDRESS,
      items: [{ variant_id: variant.id, quantity: 1 }],
    },
    "create cart"
  )
  // The publishable key's channel scope holds whichever plugins are installed.
  const moved = await fetch(`${base}/store/carts/${cart.id}`, {
    method: "POST",
    headers,
    body: JSON.stringify({ sales_channel_id: "sc_of_another_site" }),
  })
  expect(moved.status).toBe(400)
  expect(await moved.text()).toContain("sales_channel_id")
  const { shipping_options } = await get(`/store/shipping-options?cart_id=${cart.id}`, "shipping options")
  await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, "shipping method")
  const { payment_collection } = await post("/store/payment-collections", { cart_id: cart.id }, "payment collection")
  const { payment_providers } = await get(`/store/payment-providers?region_id=${eur.id}`, "payment providers")
  const paymentSession = () =>
    post(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      "payment session"
    )
  await paymentSession()
  // The consumer site's terms, accepted as its checkout does: the rule is the backend's own, so
  // every install asks for them.
  const { terms } = await get("/store/terms", "terms")
  expect(terms?.slug).toBe("terms")
  await post(`/store/carts/${cart.id}/terms`, { version: terms.version }, "accept terms")
  if (staleBy) {
    await raisePrice(staleBy.database, variant.id)
    const refused = await fetch(`${base}/store/carts/${cart.id}/complete`, { method: "POST", headers })
    expect(refused.status).toBe(409)
    expect((await refused.json()).code).toBe("cart_prices_changed")
    const { cart: repriced } = await post(`/store/carts/${cart.id}/refresh-prices`, {}, "refresh prices")
    expect(repriced.items[0].unit_price).toBe(variant.calculated_price.calculated_amount + 1)
    await paymentSession()
  }
  const completion = await json(
    await fetch(`${base}/store/carts/${cart.id}/complete`, { method: "POST", headers }),
    "complete"
  )
  return { completion, providers: payment_providers.map((p: { id: string }) => p.id) as string[] }
}

describe("partial installs (HC_PLUGINS)", () => {
  beforeAll(async () => {
    await admin.create(core)
    await migrate(step(core, "none", "core-migrate"))
    await seed(step(core, "none", "core-provision"))
  })

  afterAll(async () => {
    await Promise.all([...children].map((p) => p.stop()))
    for (const database of await admin.list(`${prefix}_pi_`)) await admin.drop(database)
    await admin.close()
  })

  for (const [index, install] of INSTALLS.entries()) {
    it(`migrates, starts and takes a consumer checkout with HC_PLUGINS=${install.plugins}`, async () => {
      const database = `${prefix}_pi_${index}`
      await admin.copy(core, database)
      const log = install.plugins.replaceAll(",", "+")
      // The core was migrated and provisioned with HC_PLUGINS=none above: that install is the core.
      if (install.plugins !== "none") await migrate(installStep(database, install.plugins, log))

      const client = new pg.Client({ connectionString: databaseUrl(server, database) })
      await client.connect()
      const { rows } = await client.query<{ name: string }>(
        "SELECT t AS name FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NOT NULL",
        [ALL_TABLES]
      )
      await client.end()
      expect(rows.map((r) => r.name).sort()).toEqual([...install.tables].sort())

      const port = await findFreePort()
      const backend = spawnProcess({
        name: `backend (${install.plugins})`,
        command: process.execPath,
        args: [resolveBinScript(paths, "medusa"), "start"],
        cwd: paths.backendServerDir,
        env: env(database, install.plugins, port),
        output: { kind: "file", file: path.join(paths.testLogsDir, `partial-install-${log}-backend.log`) },
      })
      const untrack = track(backend)
      try {
        const base = `http://localhost:${port}`
        await waitForHttp(`${base}/health`, { process: backend, timeoutMs: 120_000, isReady: (s) => s === 200 })

        // The installed plugins' store routes exist (they ask for a sign-in); the others do not.
        const { publishable_key } = await json(await fetch(`${base}/storefront-bootstrap/consumer`), "consumer key")
        for (const route of ALL_ROUTES) {
          const { status } = await fetch(`${base}${route}`, { headers: { "x-publishable-api-key": publishable_key } })
          expect({ route, installed: status !== 404 }).toEqual({ route, installed: install.routes.includes(route) })
        }

        // The order boundary runs each installed plugin's guards, with or without company accounts.
        const { completion, providers } = await consumerCheckout(
          base,
          install.plugins.includes("trade-pricing") ? { database } : undefined
        )
        expect(completion.type).toBe("order")
        expect(completion.order.email).toBe("guest@example.com")
        // Pay on account exists only with company accounts (and even then not for a guest: checked at completion).
        if (!install.plugins.includes("company-accounts")) expect(providers).not.toContain("pp_on-account_on-account")
      } finally {
        await backend.stop()
        untrack()
      }
    }, 600_000)
  }
})
