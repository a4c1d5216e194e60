#!/usr/bin/env node
/**
 * `npm run bench:checkout`: what placing an order costs. Prints figures; asserts nothing.
 *
 * Times `POST /store/carts/:id/complete` alone (the cart is prepared before the clock starts) for
 *   - a consumer guest paying with the system provider, and
 *   - a trade buyer (the demo company admin) paying on account, through every company rule,
 *     checkout guard and the spend ledger,
 * each with a 1-line and a 50-line cart (50 products this script creates, no stock kept).
 *
 * `--baseline DIR` compares two builds in the same run: DIR is another checkout of this repository
 * with its backend built (e.g. `git worktree add /tmp/base <commit> && (cd /tmp/base && npm ci &&
 * npm run build)`). Both backends run at once on the same database (migrated and provisioned by
 * this checkout), and every run completes one cart on each side in alternating order, so machine
 * noise hits both alike.
 *
 * In one run, on its own throwaway embedded PostgreSQL (never .data/postgres, never DATABASE_URL).
 * Flags: --runs N (10)  --lines 1,50  --baseline DIR  --keep
 * Needs `npm run build` first. Logs: .data/bench-logs/checkout/.
 */
import { existsSync, realpathSync } from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { findFreePort, startEmbeddedPostgres } from "@hybrid/platform/database"
import { benchRun, call, expectOk, fmtMs, percentile, progressBar, waitForSearchIndexes } from "./lib.mjs"

const ADMIN = { email: "admin@example.com", password: "hybrid-demo" }
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" }
const ON_ACCOUNT = "pp_on-account_on-account"
const SYSTEM = "pp_system_default"
const BENCH_PRODUCTS = 50
const ADDRESS = {
  first_name: "Gina",
  last_name: "Guest",
  address_1: "Bohnenweg 2",
  city: "Hamburg",
  postal_code: "20095",
  country_code: "de",
}

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "10" },
    lines: { type: "string", default: process.env.BENCH_LINES ?? "1,50" },
    baseline: { type: "string", default: process.env.BENCH_BASELINE },
    keep: { type: "boolean", default: process.env.BENCH_KEEP === "1" },
  },
})
const runs = Number(flags.runs)
const lineCounts = flags.lines.split(",").map(Number)
if (!Number.isInteger(runs) || runs < 2) {
  process.stderr.write(`--runs must be a whole number ≥ 2, got "${flags.runs}"\n`)
  process.exit(2)
}
if (lineCounts.some((n) => !Number.isInteger(n) || n < 1 || n > BENCH_PRODUCTS)) {
  process.stderr.write(`--lines must be whole numbers from 1 to ${BENCH_PRODUCTS}, got "${flags.lines}"\n`)
  process.exit(2)
}

const run = benchRun({ name: "checkout", keep: flags.keep })
const { paths, runDir, say, elapsed, runStep } = run

/** A backend build to measure: this checkout's, or the baseline's. */
function side(label, root) {
  const serverDir = path.join(root, "backend", ".medusa", "server")
  if (!existsSync(path.join(serverDir, "medusa-config.js")))
    throw new Error(`${serverDir} is missing: run \`npm run build\` in ${root} first.`)
  return { label, root, serverDir, medusaBin: realpathSync(path.join(root, "node_modules", ".bin", "medusa")) }
}

async function main() {
  const sides = [side("this checkout", paths.root)]
  if (flags.baseline)
    sides.push(side(`baseline (${path.basename(path.resolve(flags.baseline))})`, path.resolve(flags.baseline)))

  const database = await startEmbeddedPostgres({
    dataDir: path.join(runDir, "postgres"),
    port: await findFreePort(),
    persistent: true, // the run folder is deleted by the clean-up
    onLog: () => {},
  })
  run.onCleanUp(() => database.stop())
  say(`PostgreSQL ready on port ${database.port} (${elapsed()})`)

  const baseEnv = {
    ...process.env,
    PATH: [paths.binDir, path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter),
    DATABASE_URL: database.url,
    NODE_ENV: "local",
    HC_DATA_DIR: runDir,
    LOG_LEVEL: "warn",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
  }
  const [candidate] = sides
  say("migrating (medusa db:migrate, about a minute)...")
  await runStep(
    "migrate",
    [candidate.medusaBin, "db:migrate", "--execute-safe-links", "--execute-safe-search"],
    baseEnv
  )
  say(`provisioning the demo merchant (${elapsed()})...`)
  await runStep("provision", [candidate.medusaBin, "exec", "./src/scripts/provision.js"], baseEnv)

  for (const [index, s] of sides.entries()) {
    const port = await findFreePort()
    s.url = `http://localhost:${port}`
    say(`starting ${s.label} on ${s.url} (${elapsed()})...`)
    await run.startBackend(`backend-${index}`, {
      medusaBin: s.medusaBin,
      cwd: s.serverDir,
      env: { ...baseEnv, PORT: String(port) },
      url: s.url,
    })
  }
  await waitForSearchIndexes(database.url, 300_000)

  // Set-up through this checkout's backend.
  const url = candidate.url
  const adminToken = (await expectOk(call("POST", `${url}/auth/user/emailpass`, { body: ADMIN }), "admin sign-in")).json
    .token
  const admin = { authorization: `Bearer ${adminToken}` }
  const channels = (await expectOk(call("GET", `${url}/admin/sales-channels?limit=50`, { headers: admin }), "channels"))
    .json.sales_channels
  const profile = (
    await expectOk(call("GET", `${url}/admin/shipping-profiles?type=default`, { headers: admin }), "shipping profile")
  ).json.shipping_profiles[0]
  const createBar = progressBar("products")
  const variantIds = []
  for (let n = 1; n <= BENCH_PRODUCTS; n++) {
    const sku = `BENCH-CO-${String(n).padStart(2, "0")}`
    const product = await expectOk(
      call("POST", `${url}/admin/products`, {
        headers: admin,
        body: {
          title: `Checkout bench ${n}`,
          handle: sku.toLowerCase(),
          status: "published",
          shipping_profile_id: profile.id,
          sales_channels: channels.map((c) => ({ id: c.id })),
          options: [{ title: "Size", values: ["One"] }],
          variants: [
            {
              title: "One",
              sku,
              manage_inventory: false,
              options: { Size: "One" },
              prices: [{ currency_code: "eur", amount: 5 + n / 4 }],
            },
          ],
        },
      }),
      `create ${sku}`
    )
    variantIds.push(product.json.product.variants[0].id)
    createBar(n, BENCH_PRODUCTS)
  }
  // Room for every on-account order of the run under the company's credit limit.
  const company = (
    await expectOk(
      call("GET", `${url}/admin/companies?q=${encodeURIComponent("Corner")}`, { headers: admin }),
      "company"
    )
  ).json.companies[0]
  await expectOk(
    call("POST", `${url}/admin/companies/${company.id}`, { headers: admin, body: { credit_limit: 100_000_000 } }),
    "credit limit"
  )
  await waitForSearchIndexes(database.url, 300_000)

  const key = async (channel) =>
    (await expectOk(call("GET", `${url}/storefront-bootstrap/${channel}`), `${channel} key`)).json.publishable_key
  const consumerKey = await key("consumer")
  const tradeKey = await key("trade")
  const regions = (
    await expectOk(
      call("GET", `${url}/store/regions`, { headers: { "x-publishable-api-key": consumerKey } }),
      "regions"
    )
  ).json.regions
  const eur = regions.find((r) => r.currency_code === "eur")
  const buyerToken = (await expectOk(call("POST", `${url}/auth/customer/emailpass`, { body: BUYER }), "buyer sign-in"))
    .json.token
  const shoppers = {
    consumer: { headers: { "x-publishable-api-key": consumerKey }, provider: SYSTEM },
    trade: {
      headers: { "x-publishable-api-key": tradeKey, authorization: `Bearer ${buyerToken}` },
      provider: ON_ACCOUNT,
    },
  }
  const companyAddress = (
    await expectOk(call("GET", `${url}/store/companies/me/addresses`, { headers: shoppers.trade.headers }), "addresses")
  ).json.addresses[0]

  /** A cart of `lines` lines, ready to complete, prepared through the side's own backend. */
  async function readyCart(base, who, lines) {
    const { headers, provider } = shoppers[who]
    const items = variantIds.slice(0, lines).map((variant_id) => ({ variant_id, quantity: 1 }))
    const body =
      who === "consumer"
        ? { region_id: eur.id, items, email: "guest@example.com", shipping_address: ADDRESS, billing_address: ADDRESS }
        : { region_id: eur.id, items }
    const cart = (await expectOk(call("POST", `${base}/store/carts`, { headers, body }), "create cart")).json.cart
    if (cart.items.length !== lines) throw new Error(`the cart holds ${cart.items.length} lines, expected ${lines}`)
    if (who === "trade") {
      await expectOk(
        call("POST", `${base}/store/companies/me/carts/${cart.id}/trade-details`, {
          headers,
          body: { company_address_id: companyAddress.id, po_number: `BENCH-${cart.id.slice(-6)}` },
        }),
        "trade details"
      )
    }
    const options = (
      await expectOk(call("GET", `${base}/store/shipping-options?cart_id=${cart.id}`, { headers }), "shipping options")
    ).json.shipping_options
    const standard = options.find((o) => o.name === "Standard delivery") ?? options[0]
    await expectOk(
      call("POST", `${base}/store/carts/${cart.id}/shipping-methods`, { headers, body: { option_id: standard.id } }),
      "shipping method"
    )
    const collection = (
      await expectOk(
        call("POST", `${base}/store/payment-collections`, { headers, body: { cart_id: cart.id } }),
        "payment"
      )
    ).json.payment_collection
    await expectOk(
      call("POST", `${base}/store/payment-collections/${collection.id}/payment-sessions`, {
        headers,
        body: { provider_id: provider },
      }),
      "payment session"
    )
    if (who === "consumer") {
      // The consumer site's terms, accepted as its checkout does (a backend without them answers 404).
      const terms = await call("GET", `${base}/store/terms`, { headers })
      const version = terms.status === 200 ? terms.json.terms?.version : undefined
      if (version) {
        await expectOk(
          call("POST", `${base}/store/carts/${cart.id}/terms`, { headers, body: { version } }),
          "accept terms"
        )
      }
    }
    return cart.id
  }

  const scenarios = []
  for (const who of ["consumer", "trade"]) for (const lines of lineCounts) scenarios.push({ who, lines })
  const samples = new Map() // `${sideIndex}|${who}|${lines}` -> ms[]
  const total = scenarios.length * (runs + 1)
  const bar = progressBar("completions")
  let done = 0
  say(`measuring ${runs} completions per scenario and side, after one warm-up each (${elapsed()})...`)
  for (let r = -1; r < runs; r++) {
    for (const { who, lines } of scenarios) {
      // Alternate which side goes first.
      const order = sides.map((_, i) => i)
      if (r % 2 === 1) order.reverse()
      for (const i of order) {
        const base = sides[i].url
        const cartId = await readyCart(base, who, lines)
        const result = await expectOk(
          call("POST", `${base}/store/carts/${cartId}/complete`, { headers: shoppers[who].headers }),
          `${who} ${lines}-line completion on ${sides[i].label}`
        )
        if (result.json.type !== "order")
          throw new Error(`completion on ${sides[i].label} made no order: ${result.text.slice(0, 300)}`)
        if (r >= 0) {
          const k = `${i}|${who}|${lines}`
          samples.set(k, [...(samples.get(k) ?? []), result.ms])
        }
      }
      bar(++done, total)
    }
  }

  const out = [
    "",
    `Checkout benchmark — ${new Date().toISOString()}, Node ${process.version}, ${runs} runs per row`,
    "",
  ]
  out.push("POST /store/carts/:id/complete (the cart prepared beforehand)")
  for (const { who, lines } of scenarios) {
    const rows = sides.map((s, i) => {
      const values = samples.get(`${i}|${who}|${lines}`)
      return { s, p50: percentile(values, 50), p95: percentile(values, 95) }
    })
    for (const row of rows) {
      out.push(
        `  ${`${who} ${lines}-line`.padEnd(18)} ${row.s.label.padEnd(34)} p50 ${fmtMs(row.p50).padStart(9)}   p95 ${fmtMs(row.p95).padStart(9)}`
      )
    }
    if (rows.length === 2) {
      const ratio = rows[0].p50 / rows[1].p50
      out.push(
        `  ${"".padEnd(18)} this checkout / baseline (p50): ${ratio.toFixed(3)}× → ${ratio <= 1.1 ? "within" : "OVER"} the 10 % budget`
      )
    }
  }
  out.push("")
  process.stdout.write(`${out.join("\n")}\n`)
}

await run.finish(main)
