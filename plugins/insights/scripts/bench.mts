/**
 * Benchmark of the dashboard's query service (not a test): p95 latency of the overview for the
 * default view (last 30 days, EUR) over a history of 1,000 orders and then of 100,000 orders
 * (two years, both channels, EUR and USD), in one run against one throwaway database.
 *
 *   npm run bench:insights -w @hybrid/insights
 *
 * Steps: a throwaway embedded PostgreSQL (or BENCH_DATABASE_URL's server: a database named
 * insights_bench_<pid> is created there and dropped afterwards); Medusa's schema of the tables
 * involved (bench-schema.sql); the history written with set-based SQL in batches (progress bar);
 * the plugin's indexes and VACUUM ANALYZE; then, per size, 10 warm-up calls and BENCH_RUNS (60) timed
 * calls of InsightsModuleService.overview() from the plugin's build (rebuilt first when stale).
 *
 * Env: BENCH_RUNS, BENCH_SMALL (1000), BENCH_LARGE (100000), BENCH_BATCH (5000), BENCH_DATABASE_URL,
 * BENCH_KEEP (keep the database afterwards, to EXPLAIN the statements).
 */
import { readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { findFreePort, startEmbeddedPostgres } from "@hybrid/platform/database"
import { rebuildIfStale } from "@hybrid/platform/plugin-build"
import pg from "pg"

const here = path.dirname(fileURLToPath(import.meta.url))
const pluginDir = path.resolve(here, "..")
const repoRoot = path.resolve(pluginDir, "../..")
const require = createRequire(import.meta.url)

const RUNS = Number(process.env.BENCH_RUNS ?? 60)
const SMALL = Number(process.env.BENCH_SMALL ?? 1_000)
const LARGE = Number(process.env.BENCH_LARGE ?? 100_000)
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000)
const COMPANIES = 200
const EMPLOYEES_PER_COMPANY = 5
/** Consumer customers: about three orders each at the large size. */
const CONSUMERS = Math.max(100, Math.round(LARGE / 3))

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`)

function progressBar(done: number, total: number, started: number) {
  const width = 30
  const filled = Math.round((done / total) * width)
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001)
  process.stderr.write(
    `\r[bench] seeding [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")} orders (${Math.round(rate).toLocaleString("en")}/s)`
  )
  if (done >= total) process.stderr.write("\n")
}

async function openDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const external = process.env.BENCH_DATABASE_URL
  if (external) {
    const name = `insights_bench_${process.pid}`
    const admin = new pg.Client({ connectionString: external })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(external)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      stop: async () => {
        const c = new pg.Client({ connectionString: external })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await c.end()
      },
    }
  }
  const dataDir = path.join(repoRoot, ".data", `bench-insights-${process.pid}`)
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: await findFreePort(),
    persistent: false,
    database: "insights_bench",
  })
  return {
    url: embedded.url,
    stop: async () => {
      await embedded.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Medusa's schema for the tables the dashboard reads (scripts/bench-schema.sql: pg_dump of a
 * database migrated by `medusa db:migrate`, Medusa's own indexes included). To regenerate it after
 * a Medusa upgrade: migrate an empty database (`DATABASE_URL=… npx medusa db:migrate` in backend/),
 * then `pg_dump -s --no-owner --no-privileges -t '"order"' -t order_summary -t order_item
 * -t order_line_item -t customer -t cart -t sales_channel -t store -t store_currency -t company
 * -t employee -t spend_commitment -t company_company_order_order`, and drop the lines the header
 * of bench-schema.sql lists.
 */
async function createSchema(url: string) {
  // Its own session: pg_dump output empties the search_path of the session that runs it.
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(readFileSync(path.join(here, "bench-schema.sql"), "utf8"))
  await client.end()
}

/** Store, currencies, the two channels, customers, companies and their employees. */
async function seedReferenceData(client: pg.Client) {
  await client.query(`
    INSERT INTO store (id, name) VALUES ('store_bench', 'Bench roastery') ON CONFLICT DO NOTHING;
    INSERT INTO store_currency (id, currency_code, is_default, store_id) VALUES
      ('stocur_bench_eur', 'eur', true, 'store_bench'), ('stocur_bench_usd', 'usd', false, 'store_bench');
    INSERT INTO sales_channel (id, name) VALUES ('sc_bench_consumer', 'Consumer'), ('sc_bench_trade', 'Trade');
    INSERT INTO customer (id, email, has_account, first_name, created_at)
      SELECT 'cus_c_' || n, 'c' || n || '@bench.example', n % 2 = 0, 'Consumer ' || n, now() - interval '800 days'
      FROM generate_series(0, ${CONSUMERS - 1}) n;
    INSERT INTO company (id, name, email, currency_code, status, payment_terms, credit_limit, raw_credit_limit)
      SELECT 'comp_b_' || c, 'Company ' || c, 'office' || c || '@bench.example', CASE WHEN c % 4 = 0 THEN 'usd' ELSE 'eur' END,
             'active', CASE WHEN c % 5 = 0 THEN 'prepaid' ELSE 'net30' END, 5000, '{"value": "5000", "precision": 20}'
      FROM generate_series(0, ${COMPANIES - 1}) c;
    INSERT INTO customer (id, email, has_account, first_name, created_at)
      SELECT 'cus_t_' || c || '_' || e, 't' || c || '_' || e || '@bench.example', true, 'Buyer ' || c || '/' || e, now() - interval '800 days'
      FROM generate_series(0, ${COMPANIES - 1}) c, generate_series(0, ${EMPLOYEES_PER_COMPANY - 1}) e;
    INSERT INTO employee (id, customer_id, role, company_id)
      SELECT 'emp_b_' || c || '_' || e, 'cus_t_' || c || '_' || e, CASE WHEN e = 0 THEN 'admin' ELSE 'buyer' END, 'comp_b_' || c
      FROM generate_series(0, ${COMPANIES - 1}) c, generate_series(0, ${EMPLOYEES_PER_COMPANY - 1}) e;
  `)
}

/**
 * Orders [from, to) in one statement: order, summary, 1–3 line items, the cart it came from (plus
 * an abandoned cart for every third order), the company link and, for recent unpaid orders on
 * account, a spend commitment. 30 % Trade, 2 % canceled, 3 % partly refunded. Each phase's orders
 * spread over the last two years in the order they are inserted (the 99,000 after the first 1,000
 * interleave with them in time, as a bigger shop's history would).
 */
async function seedOrders(client: pg.Client, from: number, to: number, phase: { from: number; to: number }) {
  await client.query(
    `WITH src AS MATERIALIZED (
       SELECT i,
              -- Appended in date order, as a real history is: each order at its share of the two years.
              now() - interval '730 days' + ((i - $3::int) + random()) * interval '730 days' / ($4::int - $3::int) AS at,
              random() < 0.3 AS trade,
              random() AS r_status, random() AS r_who, random() AS r_sub, random() AS r_cur, random() AS r_refund,
              round((20 + random() * 380)::numeric, 2) AS total
       FROM generate_series($1::int, $2::int - 1) AS i
     ), o AS (
       SELECT src.*,
              CASE WHEN trade THEN 'cus_t_' || floor(r_who * ${COMPANIES})::int || '_' || floor(r_sub * ${EMPLOYEES_PER_COMPANY})::int
                   ELSE 'cus_c_' || floor(r_who * ${CONSUMERS})::int END AS customer_id,
              CASE WHEN trade THEN 't' || floor(r_who * ${COMPANIES})::int || '_' || floor(r_sub * ${EMPLOYEES_PER_COMPANY})::int || '@bench.example'
                   ELSE 'c' || floor(r_who * ${CONSUMERS})::int || '@bench.example' END AS email,
              CASE WHEN trade THEN (CASE WHEN floor(r_who * ${COMPANIES})::int % 4 = 0 THEN 'usd' ELSE 'eur' END)
                   ELSE (CASE WHEN r_cur < 0.25 THEN 'usd' ELSE 'eur' END) END AS currency,
              CASE WHEN r_status < 0.02 THEN 'canceled' ELSE 'completed' END AS status,
              CASE WHEN r_refund < 0.03 THEN round(total * 0.3, 2) ELSE 0 END AS refunded
       FROM src
     ), ins_order AS (
       INSERT INTO "order" (id, version, sales_channel_id, status, is_draft_order, email, currency_code, customer_id, created_at, updated_at)
       SELECT 'order_b_' || i, 1, CASE WHEN trade THEN 'sc_bench_trade' ELSE 'sc_bench_consumer' END, status::order_status_enum,
              false, email, currency, customer_id, at, at
       FROM o
     ), ins_summary AS (
       INSERT INTO order_summary (id, order_id, version, totals, created_at, updated_at)
       SELECT 'ordsum_b_' || i, 'order_b_' || i, 1,
              jsonb_build_object('original_order_total', total, 'current_order_total', total, 'refunded_total', refunded,
                                 'paid_total', total, 'transaction_total', total - refunded, 'pending_difference', 0),
              at, at
       FROM o
     ), items AS MATERIALIZED (
       SELECT o.i, o.at, j, (o.i * 7 + j * 13) % 36 AS product, 1 + (o.i + j) % 4 AS qty
       FROM o, generate_series(1, 1 + o.i % 3) AS j
     ), ins_line AS (
       INSERT INTO order_line_item (id, title, product_id, product_title, unit_price, raw_unit_price, created_at, updated_at)
       SELECT 'ordli_b_' || i || '_' || j, 'Product ' || product, 'prod_b_' || product, 'Product ' || product,
              5 + product * 3, jsonb_build_object('value', (5 + product * 3)::text, 'precision', 20), at, at
       FROM items
     ), ins_item AS (
       INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity,
                               return_requested_quantity, return_received_quantity, return_dismissed_quantity, written_off_quantity,
                               created_at, updated_at)
       SELECT 'orditem_b_' || i || '_' || j, 'order_b_' || i, 1, 'ordli_b_' || i || '_' || j, qty,
              jsonb_build_object('value', qty::text, 'precision', 20), 0, 0, 0, 0, 0, 0, at, at
       FROM items
     ), ins_cart AS (
       INSERT INTO cart (id, currency_code, sales_channel_id, customer_id, email, created_at, updated_at, completed_at)
       SELECT 'cart_b_' || i, currency, CASE WHEN trade THEN 'sc_bench_trade' ELSE 'sc_bench_consumer' END, customer_id, email,
              at - interval '20 minutes', at, at
       FROM o
       UNION ALL
       SELECT 'cart_ab_' || i, currency, CASE WHEN trade THEN 'sc_bench_trade' ELSE 'sc_bench_consumer' END, customer_id, email,
              at - interval '3 days', at - interval '3 days', NULL
       FROM o WHERE i % 3 = 0
     ), ins_link AS (
       INSERT INTO company_company_order_order (id, company_id, order_id)
       SELECT 'compord_b_' || i, 'comp_b_' || floor(r_who * ${COMPANIES})::int, 'order_b_' || i FROM o WHERE trade
     )
     INSERT INTO spend_commitment (id, company_id, employee_id, cart_id, order_id, amount, raw_amount, currency_code, on_account, period_start)
     SELECT 'spend_b_' || i, 'comp_b_' || floor(r_who * ${COMPANIES})::int,
            'emp_b_' || floor(r_who * ${COMPANIES})::int || '_' || floor(r_sub * ${EMPLOYEES_PER_COMPANY})::int,
            'cart_b_' || i, 'order_b_' || i, total, jsonb_build_object('value', total::text, 'precision', 20), currency, true,
            date_trunc('month', at)
     FROM o WHERE trade AND status <> 'canceled' AND at > now() - interval '45 days'`,
    [from, to, phase.from, phase.to]
  )
}

async function seedUpTo(client: pg.Client, from: number, to: number) {
  const started = Date.now()
  progressBar(0, to - from, started)
  for (let a = from; a < to; a += BATCH) {
    await seedOrders(client, a, Math.min(a + BATCH, to), { from, to })
    progressBar(Math.min(a + BATCH, to) - from, to - from, started)
  }
  // What autovacuum does on a live database: statistics, and the visibility map index-only scans need.
  await client.query("VACUUM ANALYZE")
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((x, y) => x - y)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

type Service = {
  overview: (input: { currency?: string; period: unknown }, companies: unknown) => Promise<{ kpis: any }>
}

/**
 * Stands in for what the app passes the service (lib/company-figures.ts): company-accounts' read
 * model and the company ↔ order link through query.graph, neither of which runs without Medusa.
 * The same answers, read straight from the tables; the real link lookup costs more than this.
 */
function benchCompanyReader(pool: pg.Pool) {
  return {
    source: {
      async insightsCredit({ currency_code }: { currency_code: string }) {
        const { rows } = await pool.query(
          `SELECT count(*) AS companies, COALESCE(sum(co.credit_limit), 0) AS limit, COALESCE(sum(x.used), 0) AS used,
                  COALESCE(sum(GREATEST(co.credit_limit - x.used, 0)), 0) AS available_credit,
                  count(*) FILTER (WHERE x.used > co.credit_limit) AS over_limit
           FROM company co
           CROSS JOIN LATERAL (SELECT COALESCE(sum(sc.amount), 0) AS used FROM spend_commitment sc
             WHERE sc.company_id = co.id AND sc.on_account AND sc.settled_at IS NULL AND sc.deleted_at IS NULL) x
           WHERE co.deleted_at IS NULL AND co.status = 'active' AND co.payment_terms <> 'prepaid' AND co.currency_code = $1`,
          [currency_code]
        )
        return rows[0]
      },
      insightsCompany: async () => null,
      insightsMemberships: async () => [],
    },
    async companiesOfOrders(orderIds: string[]) {
      const { rows } = await pool.query(
        `SELECT l.order_id, co.id, co.name FROM company_company_order_order l JOIN company co ON co.id = l.company_id
         WHERE l.deleted_at IS NULL AND l.order_id = ANY($1)`,
        [orderIds]
      )
      return new Map(rows.map((row) => [row.order_id as string, { id: row.id as string, name: row.name as string }]))
    },
    orderIdsOfCompany: async () => [],
  }
}

async function measure(
  service: Service,
  companies: unknown,
  resolvePeriod: (input: object) => unknown,
  preset: string
) {
  const call = () => service.overview({ currency: "eur", period: resolvePeriod({ period: preset }) }, companies)
  for (let i = 0; i < 10; i++) await call()
  const samples: number[] = []
  let last: any
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint()
    last = await call()
    samples.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), orders: last.kpis.orders.total.value as number }
}

async function main() {
  log("building the plugin if its build is stale...")
  rebuildIfStale(pluginDir)
  const built = path.join(pluginDir, ".medusa/server/src")
  const InsightsModuleService = require(path.join(built, "modules/insights/service.js")).default
  const { numberPlaceholders } = require(path.join(built, "modules/insights/sql.js"))
  const { ensureIndexes } = require(path.join(built, "modules/insights/indexes.js"))
  const { resolvePeriod } = require(path.join(built, "lib/period.js"))

  const database = await openDatabase()
  const pool = new pg.Pool({ connectionString: database.url, max: 8 })
  try {
    await createSchema(database.url)
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    await client.query("SELECT setseed(0.42)")
    await seedReferenceData(client)
    // What the module gets from Medusa: knex's raw() and transaction(), here over a pg pool.
    const raw =
      (runner: pg.Pool | pg.PoolClient) =>
      async (text: string, values: unknown[] = []) =>
        runner.query(numberPlaceholders(text), values)
    const knexLike = {
      raw: raw(pool),
      transaction: async <T,>(run: (trx: { raw: ReturnType<typeof raw> }) => Promise<T>): Promise<T> => {
        const connection = await pool.connect()
        try {
          await connection.query("BEGIN")
          const result = await run({ raw: raw(connection) })
          await connection.query("COMMIT")
          return result
        } catch (error) {
          await connection.query("ROLLBACK")
          throw error
        } finally {
          connection.release()
        }
      },
    }
    const created = await ensureIndexes(
      async (text: string, values: unknown[]) => (await knexLike.raw(text, values)).rows
    )
    log(`indexes: ${created.join(", ") || "already there"}`)
    const service: Service = new InsightsModuleService({ __pg_connection__: knexLike, configModule: { plugins: [] } })

    const results: Array<{ size: number; preset: string; p50: number; p95: number; orders: number }> = []
    for (const [from, to] of [
      [0, SMALL],
      [SMALL, LARGE],
    ] as const) {
      await seedUpTo(client, from, to)
      for (const preset of ["last_30_days", "last_12_months"]) {
        const r = await measure(service, benchCompanyReader(pool), resolvePeriod, preset)
        results.push({ size: to, preset, ...r })
        log(
          `${to.toLocaleString("en")} orders, ${preset}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (${r.orders} EUR orders in the period)`
        )
      }
    }
    await client.end()

    const p95 = (size: number, preset: string) => results.find((r) => r.size === size && r.preset === preset)!.p95
    console.log("\nInsights overview (InsightsModuleService.overview, EUR), p95 over", RUNS, "calls:")
    console.log("period           | 1k orders | 100k orders | ratio")
    for (const preset of ["last_30_days", "last_12_months"]) {
      const small = p95(SMALL, preset)
      const large = p95(LARGE, preset)
      console.log(
        `${preset.padEnd(16)} | ${small.toFixed(1).padStart(6)} ms | ${large.toFixed(1).padStart(8)} ms | ${(large / small).toFixed(2)}×`
      )
    }
  } finally {
    await pool.end()
    if (process.env.BENCH_KEEP) {
      log(`BENCH_KEEP: the database stays at ${database.url}`)
    } else {
      await database.stop()
    }
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
