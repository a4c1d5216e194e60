import { EventEmitter } from "node:events"
import { ReadinessProbe } from "./readiness"

/** A database that answers SELECT 1 and holds the given launcher steps (or no step table). */
function database(steps: string[] | null, { down = false, hang = false } = {}) {
  return {
    raw: async (sql: string) => {
      if (hang) return new Promise<never>(() => {})
      if (down) throw new Error("connect ECONNREFUSED 127.0.0.1:5432")
      if (sql.startsWith("SELECT 1")) return { rows: [{}] }
      if (sql.includes("to_regclass")) return { rows: [{ found: steps !== null }] }
      return { rows: (steps ?? []).map((step) => ({ step })) }
    },
  }
}

describe("ReadinessProbe", () => {
  it("is ready once the launcher recorded both migrate and provision", async () => {
    const probe = new ReadinessProbe()
    expect(await probe.check(database(["migrate", "provision"]))).toEqual({
      ready: true,
      checks: { shutting_down: false, database: "ok", provisioned: true },
    })
  })

  it.each([
    ["no step table", null],
    ["only the migration", ["migrate"]],
  ])("is not ready with %s, and says why", async (_, steps) => {
    const state = await new ReadinessProbe().check(database(steps))
    expect(state.ready).toBe(false)
    expect(state.reason).toBe("migrations and provisioning have not finished on this database")
  })

  it("stays provisioned once it was, while a later migration clears the record", async () => {
    const probe = new ReadinessProbe()
    await probe.check(database(["migrate", "provision"]))
    expect((await probe.check(database(null))).ready).toBe(true)
  })

  it("is not ready while the database is down or does not answer in time, and is again when it answers", async () => {
    const probe = new ReadinessProbe()
    await probe.check(database(["migrate", "provision"]))
    expect(await probe.check(database(null, { down: true }))).toMatchObject({
      ready: false,
      checks: { database: "unreachable" },
      reason: "the database does not answer",
    })
    expect((await probe.check(database(null, { hang: true }), { timeoutMs: 50 })).reason).toBe(
      "the database does not answer"
    )
    expect((await probe.check(database(["migrate", "provision"]))).ready).toBe(true)
  })

  it.each(["SIGTERM", "SIGINT"] as const)("is not ready from the first %s on", async (signal) => {
    const signals = new EventEmitter()
    const probe = new ReadinessProbe().watch(signals)
    expect((await probe.check(database(["migrate", "provision"]))).ready).toBe(true)
    signals.emit(signal)
    expect(await probe.check(database(["migrate", "provision"]))).toMatchObject({
      ready: false,
      checks: { shutting_down: true },
      reason: "the process is shutting down",
    })
  })
})
