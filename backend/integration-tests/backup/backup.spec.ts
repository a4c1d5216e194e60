import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { gunzipSync, gzipSync } from "node:zlib"
import { repoPaths } from "@hybrid/platform/paths"
import { DatabaseAdmin, databaseUrl } from "@hybrid/test-kit/databases"
import { SYSTEM_PROVIDER, complete, createStockedProduct, readyCart } from "@hybrid/test-kit/fixtures"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import pg from "pg"
import { afterAll, beforeAll, expect, inject, it } from "vitest"

/**
 * `npm run backup` and `npm run restore`, as an operator runs them: the launcher's commands in a
 * child process, against databases of the run's PostgreSQL (DATABASE_URL). The source is a copy of
 * a store with the demo merchant (companies, price lists, uploaded pictures) and a placed order,
 * taken while no app writes to it; the restore goes into a database just created, empty. Then every
 * table holds the same rows on both sides, every sequence the same value, and every uploaded file
 * the same bytes.
 */
const paths = repoPaths()
const { server, prefix } = inject("integrationDatabases")
const admin = new DatabaseAdmin(server)
const source = `${prefix}_backup_source`
const target = `${prefix}_backup_target`

type Run = { code: number | null; stdout: string; stderr: string }

/** The launcher command (`node scripts/platform.mjs …`, what `npm run backup` runs). */
function launcher(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = {}
    for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("VITEST")) childEnv[key] = value
    const child = spawn(process.execPath, [path.join(paths.root, "scripts", "platform.mjs"), ...args], {
      cwd: paths.root,
      env: { ...childEnv, ...env, NO_COLOR: "1" },
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })
}

/** Per table: row count and a hash of its rows in any order (row_to_json, so exact values). */
async function contents(database: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl(server, database) })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
    )
    const out: Record<string, string> = {}
    // The launcher's record of its own runs on a database is not part of a backup (backup.ts).
    for (const { name } of tables.filter((t) => t.name !== "hybrid_platform_step")) {
      const { rows } = await client.query<{ n: string; h: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS h
           FROM (SELECT md5(row_to_json(t)::text) AS h FROM public."${name}" t) x`
      )
      out[name] = `${rows[0]!.n} rows ${rows[0]!.h}`
    }
    const { rows: sequences } = await client.query<{ name: string; last_value: string | null }>(
      "SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public'"
    )
    for (const s of sequences) out[`sequence ${s.name}`] = String(s.last_value)
    return out
  } finally {
    await client.end()
  }
}

async function scalar(database: string, sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl(server, database) })
  await client.connect()
  try {
    const { rows } = await client.query(sql)
    return String(Object.values(rows[0])[0])
  } finally {
    await client.end()
  }
}

function filesOf(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!existsSync(root)) return out
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    out[path.relative(root, full)] = createHash("sha256").update(readFileSync(full)).digest("hex")
  }
  return out
}

integrationSuite({
  testSuite: ({ api, getContainer, dbConfig, store }) => {
    let work: string
    let backupFile: string
    let orderId: string
    const sourceData = process.env.HC_DATA_DIR!

    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), "hc-backup-"))
      backupFile = path.join(work, "store.hcbackup.gz")
      const { variant } = await createStockedProduct(getContainer(), { handle: "backup-beans", units: 5 })
      const cartId = await readyCart(api, store.consumerKey, undefined, {
        regionId: store.eur,
        items: [{ variant_id: variant, quantity: 2 }],
        provider: SYSTEM_PROVIDER,
      })
      const placed = await complete(api, store.consumerKey, undefined, cartId)
      expect(placed.status).toBe(200)
      orderId = placed.data.order.id
      // The backup reads one consistent snapshot, so it could run beside the app; a copy makes the
      // comparison exact (no job of the app writes to it between backup and comparison).
      await admin.copy(dbConfig.dbName, source, { inUse: true })
      await admin.create(target)
    })

    afterAll(async () => {
      for (const database of [source, target]) await admin.drop(database)
      await admin.close()
      await rm(work, { recursive: true, force: true })
    })

    it("backs up a store and restores it into an empty database: the same rows, sequences and uploaded files", async () => {
      const backup = await launcher(["backup", "--out", backupFile], {
        DATABASE_URL: databaseUrl(server, source),
        HC_DATA_DIR: sourceData,
      })
      expect(backup.code, backup.stderr).toBe(0)
      // The path of the file, alone on the last line.
      expect(backup.stdout.trim().split("\n").at(-1)).toBe(backupFile)
      expect(backup.stdout).toMatch(/Backup written in \d+ s: [\d,]+ rows of \d+ tables, \d+ uploaded files/)

      const restoredData = path.join(work, "restored-data")
      const restore = await launcher(["restore", backupFile], {
        DATABASE_URL: databaseUrl(server, target),
        HC_DATA_DIR: restoredData,
        LOG_LEVEL: "warn",
      })
      expect(restore.code, restore.stderr).toBe(0)
      expect(restore.stdout).toMatch(/Restored in \d+ s/)

      const before = await contents(source)
      const after = await contents(target)
      expect(Object.keys(after).length).toBeGreaterThan(100)
      expect(after).toEqual(before)
      // What an operator checks first: the order, the companies, the prices.
      expect(await scalar(target, `SELECT count(*) FROM "order" WHERE id = '${orderId}'`)).toBe("1")
      expect(await scalar(target, "SELECT count(*) FROM company")).toBe(
        await scalar(source, "SELECT count(*) FROM company")
      )
      expect(Number(await scalar(target, "SELECT count(*) FROM company"))).toBeGreaterThan(0)
      expect(await scalar(target, "SELECT sum(amount)::text FROM price WHERE deleted_at IS NULL")).toBe(
        await scalar(source, "SELECT sum(amount)::text FROM price WHERE deleted_at IS NULL")
      )

      const uploaded = filesOf(path.join(sourceData, "uploads"))
      expect(Object.keys(uploaded).length).toBeGreaterThan(0)
      expect(filesOf(path.join(restoredData, "uploads"))).toEqual(uploaded)
    })

    it("refuses to overwrite a database that holds data unless told to, and leaves it as it was", async () => {
      const restore = await launcher(["restore", backupFile], { DATABASE_URL: databaseUrl(server, source) })
      expect(restore.code).toBe(1)
      expect(restore.stderr).toMatch(/already holds \d+ tables: restore into an empty database, or pass --replace/)
      expect(await scalar(source, `SELECT count(*) FROM "order" WHERE id = '${orderId}'`)).toBe("1")
    })

    it("refuses a backup cut short before dropping anything, also with --replace", async () => {
      const whole = gunzipSync(await readFile(backupFile))
      const cut = path.join(work, "cut.hcbackup.gz")
      await writeFile(cut, gzipSync(whole.subarray(0, Math.floor(whole.length * 0.6))))
      const tablesBefore = await scalar(source, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
      const restore = await launcher(["restore", cut, "--replace"], { DATABASE_URL: databaseUrl(server, source) })
      expect(restore.code).toBe(1)
      // Cut inside a table's rows it "ends early"; inside a file's content, that file "is damaged".
      expect(restore.stderr).toMatch(/the backup (ends early .*: the file is incomplete|is damaged at file)/)
      expect(await scalar(source, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toBe(tablesBefore)
      expect(await scalar(source, `SELECT count(*) FROM "order" WHERE id = '${orderId}'`)).toBe("1")
      expect(statSync(backupFile).size).toBeGreaterThan(0)
    })
  },
})
