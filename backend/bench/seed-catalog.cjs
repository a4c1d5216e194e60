/**
 * Seeds the pricing benchmark's large catalog into an already provisioned database. Run by
 * `bench/pricing.mjs` as `medusa exec <this file>` from backend/.medusa/server; never by hand on a
 * database you care about (it adds thousands of products and lists).
 *
 * What it writes, and through what:
 * - BENCH_PRODUCTS products with BENCH_VARIANTS variants each (EUR + USD base prices), in both
 *   sales channels: Medusa's createProductsWorkflow in batches (the same path the admin uses).
 *   `manage_inventory: false`, so cart adds measure pricing, not stock reservations.
 * - BENCH_COMPANIES companies, approved with the company-accounts plugin's workflow (which creates
 *   each company's customer group); company #1 gets the benchmark buyer (BENCH_BUYER_EMAIL /
 *   BENCH_BUYER_PASSWORD) as its admin, so the buyer is in "Trade" and "Company: Bench 001".
 * - One contract price list per company (createPriceListsWorkflow: type sale, one rule
 *   customer.groups.id = the company's group — the shape the trade-pricing plugin documents).
 * - The list prices themselves (a Trade price for every bench variant; per company 20 % of the
 *   variants overridden, a 10+ tier on 10 %): millions of rows, so they go in with one
 *   INSERT … SELECT per list, in exactly the columns the pricing module writes (id, price_set_id,
 *   price_list_id, currency_code, amount/raw_amount, min_quantity/raw_min_quantity, rules_count).
 *   Through the module this would take the better part of an hour; the benchmark checks the
 *   result through the store API before measuring.
 *
 * Progress: one line `@@progress <phase> <done> <total>` per step on stdout (the parent draws the bar).
 */
const { ContainerRegistrationKeys, Modules, ProductStatus } = require("@medusajs/framework/utils")
const {
  createCustomerAccountWorkflow,
  createPriceListsWorkflow,
  createProductsWorkflow,
} = require("@medusajs/medusa/core-flows")
const { approveCompanyWorkflow } = require("@hybrid/company-accounts/workflows")
const { COMPANY_MODULE } = require("@hybrid/company-accounts/constants")

const SIZES = ["250 g", "500 g", "1 kg", "2 kg", "5 kg", "10 kg", "20 kg", "25 kg"]
const PRODUCT_BATCH = 50
const PRICE_LIST_BATCH = 50

function intEnv(name, fallback) {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`)
  return value
}

function progress(phase, done, total) {
  process.stdout.write(`@@progress ${phase} ${done} ${total}\n`)
}

const pad = (n, width) => String(n).padStart(width, "0")
/** EUR base price of the bench variant with global index g (deterministic, 2 decimals). */
const baseEur = (g) => Math.round((6 + (g % 397) * 0.35) * 100) / 100

exports.default = async function seedBenchCatalog({ container }) {
  const products = intEnv("BENCH_PRODUCTS", 10000)
  const variantsPerProduct = intEnv("BENCH_VARIANTS", 5)
  const companies = intEnv("BENCH_COMPANIES", 200)
  const buyerEmail = process.env.BENCH_BUYER_EMAIL ?? "bench.buyer@example.com"
  const buyerPassword = process.env.BENCH_BUYER_PASSWORD ?? "bench-password"
  if (variantsPerProduct < 1 || variantsPerProduct > SIZES.length)
    throw new Error(`BENCH_VARIANTS must be 1–${SIZES.length}`)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  // --- products -------------------------------------------------------------------------------
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
  const channelIds = channels.filter((c) => c.name === "Consumer" || c.name === "Trade").map((c) => ({ id: c.id }))
  if (channelIds.length !== 2) throw new Error("The Consumer and Trade sales channels are missing: provision first")
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  const width = Math.max(5, String(products).length)
  const existing = new Set(
    (await knex("product").select("handle").where("handle", "like", "bench-%").whereNull("deleted_at")).map(
      (r) => r.handle
    )
  )
  progress("products", 0, products)
  for (let start = 0; start < products; start += PRODUCT_BATCH) {
    const batch = []
    for (let p = start; p < Math.min(products, start + PRODUCT_BATCH); p++) {
      const handle = `bench-${pad(p + 1, width)}`
      if (existing.has(handle)) continue
      const sizes = SIZES.slice(0, variantsPerProduct)
      batch.push({
        title: `Bench product ${pad(p + 1, width)}`,
        handle,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profiles[0]?.id,
        sales_channels: channelIds,
        options: [{ title: "Size", values: sizes }],
        variants: sizes.map((size, s) => {
          const g = p * variantsPerProduct + s
          const eur = baseEur(g)
          return {
            title: size,
            sku: `BENCH-${pad(p + 1, width)}-${s + 1}`,
            manage_inventory: false,
            options: { Size: size },
            prices: [
              { currency_code: "eur", amount: eur },
              { currency_code: "usd", amount: Math.round(eur * 108) / 100 },
            ],
          }
        }),
      })
    }
    if (batch.length) await createProductsWorkflow(container).run({ input: { products: batch } })
    progress("products", Math.min(products, start + PRODUCT_BATCH), products)
  }

  // --- companies, their groups and the buyer ------------------------------------------------------
  const companyService = container.resolve(COMPANY_MODULE)
  const groups = []
  progress("companies", 0, companies)
  for (let c = 1; c <= companies; c++) {
    const name = `Bench ${pad(c, 3)}`
    let [company] = await companyService.listCompanies({ name })
    if (!company) {
      ;[company] = await companyService.createCompanies([
        { name, email: `office@bench-${pad(c, 3)}.example`, vat_id: "DE123456789", currency_code: "eur" },
      ])
      if (c === 1) {
        const customerId = await createBuyer(container, buyerEmail, buyerPassword)
        await companyService.createEmployees([{ company_id: company.id, customer_id: customerId, role: "admin" }])
      }
      await approveCompanyWorkflow(container).run({
        input: { company_id: company.id, payment_terms: "net30", credit_limit: 1_000_000 },
      })
    }
    const { data } = await query.graph({
      entity: "company",
      fields: ["id", "customer_group.id"],
      filters: { id: company.id },
    })
    groups.push({ index: c - 1, name, groupId: data[0].customer_group.id })
    progress("companies", c, companies)
  }

  // --- price lists ------------------------------------------------------------------------------
  const { data: tradeLists } = await query.graph({
    entity: "price_list",
    fields: ["id"],
    filters: { title: "Trade prices" },
  })
  if (!tradeLists.length) throw new Error('The "Trade prices" list is missing: provision first')
  const { data: haveLists } = await query.graph({ entity: "price_list", fields: ["id", "title"] })
  const listIdByTitle = new Map(haveLists.map((l) => [l.title, l.id]))
  const missingLists = groups.filter((g) => !listIdByTitle.has(`Contract ${g.name}`))
  for (let start = 0; start < missingLists.length; start += PRICE_LIST_BATCH) {
    const { result } = await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: missingLists.slice(start, start + PRICE_LIST_BATCH).map((g) => ({
          title: `Contract ${g.name}`,
          description: `Benchmark contract prices of ${g.name}`,
          status: "active",
          type: "sale",
          rules: { "customer.groups.id": [g.groupId] },
          prices: [],
        })),
      },
    })
    for (const list of result) listIdByTitle.set(list.title, list.id)
  }

  // --- list prices (bulk SQL, see the header) --------------------------------------------------------
  await knex.raw("DROP TABLE IF EXISTS bench_variant")
  await knex.raw(`
    CREATE UNLOGGED TABLE bench_variant AS
    SELECT (row_number() OVER (ORDER BY pv.sku) - 1)::int AS g, pv.id AS variant_id, link.price_set_id, base.amount AS base
    FROM product_variant pv
    JOIN product_variant_price_set link ON link.variant_id = pv.id AND link.deleted_at IS NULL
    JOIN price base ON base.price_set_id = link.price_set_id AND base.price_list_id IS NULL
      AND base.currency_code = 'eur' AND base.deleted_at IS NULL
    WHERE pv.sku LIKE 'BENCH-%' AND pv.deleted_at IS NULL`)
  const insertPrices = (listId, idPrefix, whereSql, amountSql, minQuantity) =>
    knex.raw(
      `INSERT INTO price (id, price_set_id, price_list_id, currency_code, amount, raw_amount, min_quantity, raw_min_quantity, rules_count, created_at, updated_at)
       SELECT ? || v.g, v.price_set_id, ?, 'eur', a.amount, jsonb_build_object('value', a.amount::text, 'precision', 20),
              ?::numeric, jsonb_build_object('value', ?::text, 'precision', 20), 0, now(), now()
       FROM bench_variant v, LATERAL (SELECT round(${amountSql}, 2) AS amount) a
       WHERE ${whereSql}
       ON CONFLICT (id) DO NOTHING`,
      [idPrefix, listId, minQuantity, String(minQuantity)]
    )
  const steps = companies + 1
  progress("prices", 0, steps)
  await insertPrices(tradeLists[0].id, "price_bench_trade_", "true", "v.base * 0.8", 1)
  progress("prices", 1, steps)
  for (const g of groups) {
    const listId = listIdByTitle.get(`Contract ${g.name}`)
    const c = g.index
    // 20 % of the variants get a contract price, half of those (10 %) also a 10+ tier.
    const overridden = `(v.g + ${c * 7}) % 5 = 0`
    const contract = `v.base * (0.6 + ((v.g + ${c}) % 15) / 100.0)`
    await insertPrices(listId, `price_bench_c${c}_`, overridden, contract, 1)
    await insertPrices(listId, `price_bench_c${c}_t_`, `(v.g + ${c * 7}) % 10 = 0`, `${contract} * 0.9`, 10)
    progress("prices", g.index + 2, steps)
  }
  await knex.raw("DROP TABLE bench_variant")
  await knex.raw("ANALYZE price")
  await knex.raw("ANALYZE price_list")
  await knex.raw("ANALYZE product_variant")
  progress("done", 1, 1)
}

async function createBuyer(container, email, password) {
  const { data: customers } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "customer", fields: ["id", "has_account"], filters: { email } })
  const found = customers.find((c) => c.has_account)
  if (found) return found.id
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not register the bench buyer: ${error}`)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData: { email, first_name: "Bench", last_name: "Buyer" } },
  })
  return result.id
}
