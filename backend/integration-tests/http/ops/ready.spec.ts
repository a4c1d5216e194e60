import { writeStepRecord } from "@hybrid/platform/step-record"
import { call } from "@hybrid/test-kit/fixtures"
import { integrationSuite } from "@hybrid/test-kit/integration-suite"
import { expect, it } from "vitest"

/**
 * GET /ready, as a load balancer calls it (no key, no sign-in): 503 with the reason until the
 * launcher recorded that it migrated and provisioned this database (its own record, written by its
 * own code here), then 200; and it stays ready when a later deploy's migration clears the record.
 * Shutting down and an unreachable database are covered by src/lib/readiness.test.ts.
 */
integrationSuite({
  testSuite: ({ api, dbConfig, dbConnection }) => {
    it("answers 503 until migrations and provisioning are recorded, then 200, and stays ready while a migration reruns", async () => {
      // The suite's template is migrated and provisioned without the launcher's record.
      await dbConnection.raw("DROP TABLE IF EXISTS hybrid_platform_step")
      const before = await call(api.get("/ready"))
      expect(before.status).toBe(503)
      expect(before.data).toEqual({
        ready: false,
        checks: { shutting_down: false, database: "ok", provisioned: false },
        reason: "migrations and provisioning have not finished on this database",
      })

      await writeStepRecord(dbConfig.clientUrl, "migrate", "fingerprint-of-this-build")
      expect((await call(api.get("/ready"))).status).toBe(503)
      await writeStepRecord(dbConfig.clientUrl, "provision", "fingerprint-of-this-build")
      const after = await api.get("/ready")
      expect(after.status).toBe(200)
      expect(after.headers["cache-control"]).toBe("no-store")
      expect(after.data).toEqual({ ready: true, checks: { shutting_down: false, database: "ok", provisioned: true } })

      // A deploy's `medusa db:migrate` clears the record while it runs: serving processes stay in.
      await dbConnection.raw("DELETE FROM hybrid_platform_step")
      expect((await call(api.get("/ready"))).status).toBe(200)
    })
  },
})
