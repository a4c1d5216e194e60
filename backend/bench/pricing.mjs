#!/usr/bin/env node
/**
 * `npm run bench:pricing`: the trade-pricing benchmark. Prints figures; asserts nothing.
 *
 * In one run, on its own throwaway embedded PostgreSQL (never .data/postgres, never DATABASE_URL):
 *   1. migrates and provisions the demo merchant exactly like `npm start` (built backend);
 *   2. seeds a large catalog (bench/seed-catalog.cjs through `medusa exec`, progress bar on stderr):
 *      default 10,000 products × 5 variants, 200 approved companies each with its own contract list
 *      overriding 20 % of the variants, a 10+ tier on 10 %;
 *   3. boots the built backend (`medusa start`) and checks a few prices through the store API;
 *   4. measures, interleaving the two sides of each comparison so machine noise hits both:
 *      - GET /store/products, 24 products with the storefronts' fields (calculated prices), for a
 *        company buyer (Trade key + token) vs an anonymous consumer (Consumer key), same offsets;
 *      - SQL statements per listing request, from pg_stat_statements (loaded through
 *        shared_preload_libraries; reset before each series, calls summed over the app database);
 *      - POST /store/carts/:id/line-items/bulk with 200 lines vs POST /store/carts/:id/line-items
 *        with one line, each on a fresh cart of the buyer;
 *   5. stops everything it started (backend by its process group, PostgreSQL) and deletes the data.
 *
 * Flags: --products N (10000)  --variants N (5)  --companies N (200)  --listing-runs N (60)
 *        --add-runs N (15)  --keep (keep the database folder and print its path)
 * Needs `npm run build` first (backend/.medusa/server, and plugins/trade-pricing for the bulk route).
 * Logs: .data/bench-logs/pricing/{postgres,migrate,provision,seed,backend}.log
 */
import { existsSync, realpathSync } from "node:fs"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { parseArgs } from "node:util"
import { findFreePort, startEmbeddedPostgres } from "@hybrid/platform/database"
import pg from "pg"
import { benchRun, call, expectOk, fmtMs, percentile, progressBar, waitForSearchIndexes } from "./lib.mjs"

const HERE = path.dirname(new URL(import.meta.url).pathname)
/** The storefronts' product fields (storefronts/kit/src/medusa.ts PRODUCT_FIELDS): what a listing page asks for. */
const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,*variants.options,*options,*options.values,*images,*categories"
const LISTING_SIZE = 24
const BULK_LINES = 200
const BUYER = { email: "bench.buyer@example.com", password: "bench-password" }

// Each flag can also come from the environment (BENCH_PRODUCTS=500 ...), handy through nested npm runs.
const fromEnv = (name, fallback) => process.env[`BENCH_${name.toUpperCase().replace("-", "_")}`] ?? fallback
const { values: flags } = parseArgs({
  options: {
    products: { type: "string", default: fromEnv("products", "10000") },
    variants: { type: "string", default: fromEnv("variants", "5") },
    companies: { type: "string", default: fromEnv("companies", "200") },
    "listing-runs": { type: "string", default: fromEnv("listing-runs", "60") },
    "add-runs": { type: "string", default: fromEnv("add-runs", "15") },
    keep: { type: "boolean", default: process.env.BENCH_KEEP === "1" },
  },
})
const intFlag = (name, min) => {
  const value = Number(flags[name])
  if (!Number.isInteger(value) || value < min) {
    process.stderr.write(`--${name} must be a whole number ≥ ${min}, got "${flags[name]}"\n`)
    process.exit(2)
  }
  return value
}
const scale = {
  products: intFlag("products", 50),
  variants: intFlag("variants", 1),
  companies: intFlag("companies", 1),
  listingRuns: intFlag("listing-runs", 5),
  addRuns: intFlag("add-runs", 3),
}

const run = benchRun({ name: "pricing", keep: flags.keep })
const { paths, runDir, logsDir, say, elapsed, logFile, runStep } = run

/** Deterministic offsets, so both sides of a comparison read the same pages. */
function* offsets(count, seed = 42) {
  let state = seed
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    yield state % Math.max(1, count - LISTING_SIZE)
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(paths.backendServerDir, "medusa-config.js"))) {
    throw new Error("backend/.medusa/server is missing: run `npm run build` first.")
  }
  say(
    `scale: ${scale.products} products × ${scale.variants} variants, ${scale.companies} companies (logs in ${path.relative(paths.root, logsDir)}/)`
  )

  // 1. database with pg_stat_statements (a restart is needed for shared_preload_libraries)
  const pgOptions = {
    dataDir: path.join(runDir, "postgres"),
    port: await findFreePort(),
    persistent: true, // we delete the folder ourselves: stop() of a throwaway cluster would delete it mid-setup
    onLog: (message) => appendFileSync(logFile("postgres"), message.endsWith("\n") ? message : `${message}\n`),
  }
  let database = await startEmbeddedPostgres(pgOptions)
  const admin = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, "/postgres") })
  await admin.connect()
  for (const setting of [
    "shared_preload_libraries = 'pg_stat_statements'",
    "pg_stat_statements.track = 'top'",
    "pg_stat_statements.max = 10000",
    // A throwaway cluster: durability off, as the e2e database does.
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
  ]) {
    await admin.query(`ALTER SYSTEM SET ${setting}`)
  }
  await admin.end()
  await database.stop()
  database = await startEmbeddedPostgres(pgOptions)
  const running = database
  run.onCleanUp(() => running.stop())
  const appDatabase = new URL(database.url).pathname.slice(1)
  const stats = new pg.Client({ connectionString: database.url.replace(/\/[^/]+$/, "/postgres") })
  await stats.connect()
  run.onCleanUp(() => stats.end())
  await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
  const { rows: dbRows } = await stats.query("SELECT oid FROM pg_database WHERE datname = $1", [appDatabase])
  const appDbOid = dbRows[0].oid
  say(`PostgreSQL ready on port ${database.port} with pg_stat_statements (${elapsed()})`)

  // 2. migrate, provision, seed
  const backendPort = await findFreePort()
  const backendUrl = `http://localhost:${backendPort}`
  // The CLI's script itself, run with our Node 22 (not whatever node its shebang finds).
  const medusaBin = realpathSync(path.join(paths.binDir, "medusa"))
  const env = {
    ...process.env,
    PATH: [paths.binDir, path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter),
    DATABASE_URL: database.url,
    NODE_ENV: "local",
    HC_DATA_DIR: runDir,
    PORT: String(backendPort),
    LOG_LEVEL: "warn",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
  }
  const startBackend = () =>
    run.startBackend("backend", { medusaBin, cwd: paths.backendServerDir, env, url: backendUrl })
  async function withBackend(work) {
    const backend = await startBackend()
    try {
      await work()
    } finally {
      await run.stopChild(backend.child)
    }
  }

  say("migrating (medusa db:migrate, about a minute)...")
  await runStep("migrate", [medusaBin, "db:migrate", "--execute-safe-links", "--execute-safe-search"], env)
  say(`provisioning the demo merchant (${elapsed()})...`)
  await runStep("provision", [medusaBin, "exec", "./src/scripts/provision.js"], env)

  // The Search Module seeds its indexes when a server starts in shared/worker mode, never in
  // `medusa exec`; until then every product event of the seed fails its search ingestion (slowly).
  // So the backend starts once here, until each search index has an active version.
  say(`activating the search indexes (one backend start, ${elapsed()})...`)
  await withBackend(async () => {
    await waitForSearchIndexes(database.url, 180_000)
  })

  say(`seeding (${elapsed()})...`)
  const seedStarted = Date.now()
  const bars = new Map()
  const phaseTimes = {}
  await runStep(
    "seed",
    [medusaBin, "exec", path.join(HERE, "seed-catalog.cjs")],
    {
      ...env,
      BENCH_PRODUCTS: String(scale.products),
      BENCH_VARIANTS: String(scale.variants),
      BENCH_COMPANIES: String(scale.companies),
      BENCH_BUYER_EMAIL: BUYER.email,
      BENCH_BUYER_PASSWORD: BUYER.password,
    },
    {
      onStdoutLine: (line) => {
        const match = /^@@progress (\S+) (\d+) (\d+)$/.exec(line.trim())
        if (!match) return false
        const [, phase, done, total] = match
        if (phase === "done") return true
        if (!bars.has(phase)) {
          bars.set(phase, progressBar(phase))
          phaseTimes[phase] = Date.now()
        }
        bars.get(phase)(Number(done), Number(total))
        if (Number(done) >= Number(total)) phaseTimes[phase] = Date.now() - phaseTimes[phase]
        return true
      },
    }
  )
  const seedSeconds = (Date.now() - seedStarted) / 1000
  const app = new pg.Client({ connectionString: database.url })
  await app.connect()
  const {
    rows: [catalog],
  } = await app.query(`SELECT
      (SELECT count(*) FROM product WHERE deleted_at IS NULL)::int AS products,
      (SELECT count(*) FROM product_variant WHERE deleted_at IS NULL)::int AS variants,
      (SELECT count(*) FROM price_list WHERE deleted_at IS NULL)::int AS price_lists,
      (SELECT count(*) FROM price WHERE deleted_at IS NULL AND price_list_id IS NOT NULL)::int AS list_prices,
      (SELECT count(*) FROM price WHERE deleted_at IS NULL)::int AS prices`)
  await app.end()
  say(
    `seeded in ${seedSeconds.toFixed(0)} s: ${catalog.products} products, ${catalog.variants} variants, ${catalog.price_lists} price lists, ${catalog.list_prices} list prices`
  )

  // 3. backend
  say(`starting the backend on ${backendUrl} (${elapsed()})...`)
  await startBackend()
  // Whatever the search module syncs after a start must not run during the measurements.
  await waitForSearchIndexes(database.url, 300_000)

  const key = async (channel) =>
    (await expectOk(call("GET", `${backendUrl}/storefront-bootstrap/${channel}`), `${channel} key`)).json
      .publishable_key
  const consumerKey = await key("consumer")
  const tradeKey = await key("trade")
  const regions = (
    await expectOk(
      call("GET", `${backendUrl}/store/regions`, { headers: { "x-publishable-api-key": tradeKey } }),
      "regions"
    )
  ).json.regions
  const eur = regions.find((r) => r.currency_code === "eur")
  const token = (
    await expectOk(call("POST", `${backendUrl}/auth/customer/emailpass`, { body: BUYER }), "buyer sign-in")
  ).json.token
  const tradeHeaders = { "x-publishable-api-key": tradeKey, authorization: `Bearer ${token}` }
  const consumerHeaders = { "x-publishable-api-key": consumerKey }
  const listingUrl = (offset) =>
    `${backendUrl}/store/products?${new URLSearchParams({
      limit: String(LISTING_SIZE),
      offset: String(offset),
      region_id: eur.id,
      country_code: "de",
      fields: PRODUCT_FIELDS,
    })}`

  // Sanity: the seeded lists price the way the policy says (lowest of base, Trade, own contract).
  const sample = (
    await expectOk(
      call(
        "GET",
        `${backendUrl}/store/products?${new URLSearchParams({ handle: "bench-" + "1".padStart(Math.max(5, String(scale.products).length), "0"), region_id: eur.id, fields: "*variants.calculated_price,+variants.sku" })}`,
        { headers: tradeHeaders }
      ),
      "sample product"
    )
  ).json.products[0]
  let checked = 0
  for (const variant of sample?.variants ?? []) {
    const g = Number(variant.sku.split("-")[2]) - 1 // product 1: g = variant index
    const base = Math.round((6 + (g % 397) * 0.35) * 100) / 100
    const candidates = [base, Math.round(base * 80) / 100]
    if (g % 5 === 0) candidates.push(Math.round(base * (0.6 + (g % 15) / 100) * 100) / 100)
    const expected = Math.min(...candidates)
    const got = variant.calculated_price?.calculated_amount
    if (typeof got !== "number" || Math.abs(got - expected) > 0.011) {
      throw new Error(
        `seeded prices are not what the benchmark expects for ${variant.sku}: got ${got}, expected ${expected}`
      )
    }
    checked++
  }
  if (!checked) throw new Error("the sample bench product has no priced variants for the buyer")
  say(`price check passed on ${checked} variants; measuring (${elapsed()})...`)

  // 4a. listings, interleaved
  // Offsets within both channels' catalogs (some products are sold in one channel only).
  const countOf = async (headers) =>
    (await expectOk(call("GET", `${backendUrl}/store/products?limit=1&fields=id`, { headers }), "count")).json.count
  const counts = { trade: await countOf(tradeHeaders), consumer: await countOf(consumerHeaders) }
  const total = Math.min(counts.trade, counts.consumer)
  const offsetsFor = offsets(total)
  const trade = []
  const consumer = []
  for (let i = 0; i < 10; i++) {
    const offset = offsetsFor.next().value
    await expectOk(call("GET", listingUrl(offset), { headers: tradeHeaders }), "trade listing (warm-up)")
    await expectOk(call("GET", listingUrl(offset), { headers: consumerHeaders }), "consumer listing (warm-up)")
  }
  const listingBar = progressBar("listings")
  for (let i = 0; i < scale.listingRuns; i++) {
    const offset = offsetsFor.next().value
    const first = i % 2 === 0 ? "trade" : "consumer" // alternate which side goes first
    for (const side of first === "trade" ? ["trade", "consumer"] : ["consumer", "trade"]) {
      const result = await expectOk(
        call("GET", listingUrl(offset), { headers: side === "trade" ? tradeHeaders : consumerHeaders }),
        `${side} listing`
      )
      if (result.json.products.length !== LISTING_SIZE)
        throw new Error(`${side} listing returned ${result.json.products.length} products, expected ${LISTING_SIZE}`)
      ;(side === "trade" ? trade : consumer).push(result.ms)
    }
    listingBar(i + 1, scale.listingRuns)
  }

  // 4b. SQL statements per listing request
  const statementRuns = 20
  async function statementsPer(headers) {
    await sleep(300)
    await stats.query("SELECT pg_stat_statements_reset()")
    for (let i = 0; i < statementRuns; i++)
      await expectOk(call("GET", listingUrl(offsetsFor.next().value), { headers }), "listing (statements)")
    const { rows } = await stats.query(
      `SELECT coalesce(sum(calls), 0)::int AS all_calls,
              coalesce(sum(calls) FILTER (WHERE query !~* '^\\s*(begin|commit|rollback|set|show|savepoint|release)'), 0)::int AS data_calls,
              coalesce(sum(rows), 0)::int AS rows
       FROM pg_stat_statements WHERE dbid = $1`,
      [appDbOid]
    )
    return {
      all: rows[0].all_calls / statementRuns,
      data: rows[0].data_calls / statementRuns,
      rows: rows[0].rows / statementRuns,
    }
  }
  // What the backend does on its own in the same time (jobs, workflow engine): the noise floor.
  await stats.query("SELECT pg_stat_statements_reset()")
  const idleStart = performance.now()
  await sleep(2_000)
  const idleMs = performance.now() - idleStart
  const { rows: idleRows } = await stats.query(
    "SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements WHERE dbid = $1",
    [appDbOid]
  )
  const tradeStatements = await statementsPer(tradeHeaders)
  const consumerStatements = await statementsPer(consumerHeaders)

  // 4c. cart adds
  const variantIds = []
  for (let offset = 0; variantIds.length < BULK_LINES; offset += 50) {
    const page = (
      await expectOk(
        call(
          "GET",
          `${backendUrl}/store/products?${new URLSearchParams({ limit: "50", offset: String(offset), fields: "id,handle,variants.id", order: "handle" })}`,
          { headers: tradeHeaders }
        ),
        "variants for the cart"
      )
    ).json.products
    if (!page.length) break
    for (const product of page)
      if (product.handle.startsWith("bench-")) variantIds.push(...product.variants.map((v) => v.id))
  }
  const lines = variantIds.slice(0, BULK_LINES).map((variant_id) => ({ variant_id, quantity: 1 }))
  const newCart = async () =>
    (
      await expectOk(
        call("POST", `${backendUrl}/store/carts`, { headers: tradeHeaders, body: { region_id: eur.id } }),
        "create cart"
      )
    ).json.cart.id
  const bulk = []
  const single = []
  let bulkNote = ""
  const probeCart = await newCart()
  const probe = await call("POST", `${backendUrl}/store/carts/${probeCart}/line-items/bulk`, {
    headers: tradeHeaders,
    body: { items: lines.slice(0, 1) },
  })
  const bulkAvailable = probe.status === 200
  if (!bulkAvailable)
    bulkNote = `POST /store/carts/:id/line-items/bulk answered ${probe.status} (${probe.text.slice(0, 160)}): is @hybrid/trade-pricing built and registered?`
  if (lines.length < BULK_LINES)
    bulkNote = `only ${lines.length} bench variants available for the ${BULK_LINES}-line add`
  const addBar = progressBar("cart adds")
  for (let i = -2; i < scale.addRuns; i++) {
    const warm = i < 0
    if (bulkAvailable) {
      const cartId = await newCart()
      const result = await expectOk(
        call("POST", `${backendUrl}/store/carts/${cartId}/line-items/bulk`, {
          headers: tradeHeaders,
          body: { items: lines },
        }),
        "bulk add"
      )
      if (i === 0 && result.json.cart?.items?.length !== lines.length) {
        throw new Error(
          `the bulk add left ${result.json.cart?.items?.length} lines in the cart, expected ${lines.length}`
        )
      }
      if (!warm) bulk.push(result.ms)
    }
    const cartId = await newCart()
    const result = await expectOk(
      call("POST", `${backendUrl}/store/carts/${cartId}/line-items`, {
        headers: tradeHeaders,
        body: lines[i + 2] ?? lines[0],
      }),
      "1-line add"
    )
    if (!warm) single.push(result.ms)
    if (!warm) addBar(i + 1, scale.addRuns)
  }

  // 5. report (stdout)
  const p = (values, q) => percentile(values, q)
  const tradeP95 = p(trade, 95)
  const consumerP95 = p(consumer, 95)
  const out = []
  out.push("")
  out.push(
    `Pricing benchmark — ${new Date().toISOString()}, Node ${process.version}, ${catalog.products} products / ${catalog.variants} variants, ${catalog.price_lists} price lists, ${catalog.list_prices} list prices (seeded in ${seedSeconds.toFixed(0)} s: ${Object.entries(
      phaseTimes
    )
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} s`)
      .join(", ")})`
  )
  out.push("")
  out.push(`Listing, ${LISTING_SIZE} products with calculated prices (${scale.listingRuns} runs each, interleaved)`)
  out.push(
    `  trade (company buyer)     p50 ${fmtMs(p(trade, 50))}   p95 ${fmtMs(tradeP95)}   SQL/request ${tradeStatements.all.toFixed(1)} (${tradeStatements.data.toFixed(1)} excl. BEGIN/COMMIT/SET)`
  )
  out.push(
    `  consumer (anonymous)      p50 ${fmtMs(p(consumer, 50))}   p95 ${fmtMs(consumerP95)}   SQL/request ${consumerStatements.all.toFixed(1)} (${consumerStatements.data.toFixed(1)} excl. BEGIN/COMMIT/SET)`
  )
  out.push(
    `  SQL counted with pg_stat_statements over ${statementRuns} requests each; backend idle noise: ${(idleRows[0].calls / (idleMs / 1000)).toFixed(1)} statements/s`
  )
  const listingRatio = tradeP95 / consumerP95
  out.push(
    `  goal trade p95 ≤ 1.2 × consumer p95: ${listingRatio.toFixed(2)}× → ${listingRatio <= 1.2 ? "MET" : "NOT MET"}`
  )
  out.push("")
  out.push(`Cart adds, trade buyer, fresh cart each (${scale.addRuns} runs each, interleaved)`)
  out.push(`  1-line add (core route)   p50 ${fmtMs(p(single, 50))}   p95 ${fmtMs(p(single, 95))}`)
  if (bulk.length) {
    out.push(`  ${BULK_LINES}-line bulk add         p50 ${fmtMs(p(bulk, 50))}   p95 ${fmtMs(p(bulk, 95))}`)
    const addRatio = p(bulk, 95) / p(single, 95)
    out.push(
      `  goal ${BULK_LINES}-line p95 ≤ 3 × 1-line p95: ${addRatio.toFixed(2)}× → ${addRatio <= 3 ? "MET" : "NOT MET"}`
    )
  }
  if (bulkNote) out.push(`  note: ${bulkNote}`)
  out.push("")
  process.stdout.write(`${out.join("\n")}\n`)
}

await run.finish(main)
