import { moduleIntegrationTestRunner, TestDatabaseUtils } from "@medusajs/test-utils"
import { ModulesSdkUtils } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { TRADE_PRICING_MODULE } from "../../../constants"
import { failInterruptedImports, holdImportLock, INTERRUPTED_IMPORT_ERROR } from "../../../lib/import-runner-lock"
import type TradePricingModuleService from "../service"

// The module runner expects its database to exist: one per run, on the suite's PostgreSQL.
const DB_NAME = `trade_pricing_import_recovery_${process.pid}`
const onServer = async (statement: string) => {
  const server = ModulesSdkUtils.createPgConnection({
    clientUrl: TestDatabaseUtils.getDatabaseURL("postgres"),
    schema: "public",
  })
  try {
    await server.raw(statement)
  } finally {
    await server.destroy()
  }
}
beforeAll(() => onServer(`CREATE DATABASE "${DB_NAME}"`))
afterAll(() => onServer(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`))

/**
 * A restart kills the process running a price import; the next start must end that import as
 * failed (and free its list), while imports other live processes run stay untouched. Each "server
 * process" here is a connection pool of its own: closing the pool is what a dead process does.
 */
moduleIntegrationTestRunner<TradePricingModuleService>({
  moduleName: TRADE_PRICING_MODULE,
  resolve: "./src/modules/trade-pricing",
  dbName: DB_NAME,
  testSuite: ({ service, dbConfig }) => {
    const processes: Knex[] = []
    const startProcess = () => {
      const knex = ModulesSdkUtils.createPgConnection({ clientUrl: dbConfig.clientUrl, schema: dbConfig.schema })
      processes.push(knex)
      return knex
    }
    afterEach(async () => {
      await Promise.all(processes.splice(0).map((knex) => knex.destroy().catch(() => undefined)))
    })

    /**
     * What PostgreSQL sees when a server process dies: its connections end. The pool of a dead
     * process is abandoned, not destroyed (destroy() would wait for the import's connection).
     */
    const killProcess = async (knex: Knex) => {
      processes.splice(processes.indexOf(knex), 1)
      const observer = startProcess()
      // Only this test database's sessions: pg_locks lists the whole server's locks.
      const ownAdvisoryLocks = `FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`
      await observer.raw(`SELECT pg_terminate_backend(pid) ${ownAdvisoryLocks}`)
      // The server notices the closed sessions at once; wait until their locks are gone.
      for (let attempt = 0; attempt < 50; attempt++) {
        const { rows } = await observer.raw(`SELECT count(*)::int AS n ${ownAdvisoryLocks}`)
        if (rows[0].n === 0) return
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error("the killed process's advisory lock is still held")
    }

    const importFor = (price_list_id: string, status: "pending" | "running" | "done" | "failed", id?: string) =>
      service.createPriceImports({ ...(id ? { id } : {}), price_list_id, status, total: 10, processed: 4 })

    it("fails an import whose process died, with the restart message, and frees its list", async () => {
      const dead = startProcess()
      const release = await holdImportLock(dead, "pimp_dead")
      expect(release).toBeTypeOf("function")
      await importFor("plist_a", "running", "pimp_dead")
      await killProcess(dead) // the server is killed mid-import: its connections close

      const booting = startProcess()
      expect(await failInterruptedImports(booting)).toEqual(["pimp_dead"])

      const after = await service.retrievePriceImport("pimp_dead")
      expect(after.status).toBe("failed")
      expect(after.error).toBe(INTERRUPTED_IMPORT_ERROR)
      expect(after.error).toMatch(/^interrupted by a restart/)
      expect(after.finished_at).toBeTruthy()
      // The list's import slot is free again: a new import can start.
      await expect(importFor("plist_a", "pending")).resolves.toMatchObject({ status: "pending" })
    })

    it("fails pending imports left without a runner too, and leaves finished ones alone", async () => {
      await importFor("plist_b", "pending", "pimp_orphan")
      await importFor("plist_c", "done", "pimp_done")
      await importFor("plist_d", "failed", "pimp_failed")

      expect(await failInterruptedImports(startProcess())).toEqual(["pimp_orphan"])
      expect((await service.retrievePriceImport("pimp_done")).status).toBe("done")
      expect((await service.retrievePriceImport("pimp_failed")).error).toBeNull()
    })

    it("leaves an import that a live process runs alone, during and after its run", async () => {
      const running = startProcess()
      const release = await holdImportLock(running, "pimp_live")
      await importFor("plist_e", "running", "pimp_live")

      // Another server instance starts while the first one is still importing.
      expect(await failInterruptedImports(startProcess())).toEqual([])
      expect((await service.retrievePriceImport("pimp_live")).status).toBe("running")

      // The runner ends normally: it releases its lock (its import is then done, not running).
      await service.updatePriceImports({ id: "pimp_live", status: "done" })
      await release()
      expect(await failInterruptedImports(startProcess())).toEqual([])
      expect((await service.retrievePriceImport("pimp_live")).status).toBe("done")
    })
  },
})
