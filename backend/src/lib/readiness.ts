/**
 * Readiness of a backend process, for a load balancer or an orchestrator (GET /ready; GET /health
 * is Medusa's liveness: the process answers). Ready means all three hold:
 *
 * - not shutting down: from the first SIGTERM or SIGINT on, the process drains (Medusa closes its
 *   listener and finishes the requests in flight) and answers 503 on connections still open;
 * - the database answers (a `SELECT 1` within two seconds);
 * - the platform launcher finished migrating and provisioning this database: its record of both
 *   steps (`hybrid_platform_step`, see tooling/platform/src/step-record.ts) exists. Checked until
 *   it holds once, then no more: a later deploy's migration clears the record while it runs, and
 *   the servers already serving must not all leave the load balancer for that.
 */

/** The launcher's table of finished start-up steps (tooling/platform/src/step-record.ts). */
export const STEP_RECORD_TABLE = "hybrid_platform_step"
const REQUIRED_STEPS = ["migrate", "provision"] as const

type Sql = { raw: (sql: string, bindings?: readonly unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
type Signals = { once: (signal: "SIGTERM" | "SIGINT", listener: () => void) => unknown }

export interface Readiness {
  ready: boolean
  checks: { shutting_down: boolean; database: "ok" | "unreachable"; provisioned: boolean }
  /** Why not, in one sentence (absent when ready). */
  reason?: string
}

export class ReadinessProbe {
  #shuttingDown = false
  #provisioned = false
  #watching = false

  /** Starts watching for the shutdown signals (once per probe). */
  watch(signals: Signals): this {
    if (this.#watching) return this
    this.#watching = true
    const stop = () => {
      this.#shuttingDown = true
    }
    signals.once("SIGTERM", stop)
    signals.once("SIGINT", stop)
    return this
  }

  async check(db: Sql, { timeoutMs = 2000 }: { timeoutMs?: number } = {}): Promise<Readiness> {
    const shutting_down = this.#shuttingDown
    let database: Readiness["checks"]["database"] = "ok"
    try {
      await withTimeout(db.raw("SELECT 1"), timeoutMs)
      if (!this.#provisioned) this.#provisioned = await stepsRecorded(db, timeoutMs)
    } catch {
      database = "unreachable"
    }
    const checks = { shutting_down, database, provisioned: this.#provisioned }
    const reason = shutting_down
      ? "the process is shutting down"
      : database !== "ok"
        ? "the database does not answer"
        : !this.#provisioned
          ? "migrations and provisioning have not finished on this database"
          : undefined
    return reason ? { ready: false, checks, reason } : { ready: true, checks }
  }
}

async function stepsRecorded(db: Sql, timeoutMs: number): Promise<boolean> {
  const { rows: exists } = await withTimeout(
    db.raw("SELECT to_regclass(?) IS NOT NULL AS found", [`public.${STEP_RECORD_TABLE}`]),
    timeoutMs
  )
  if (!exists[0]?.found) return false
  const { rows } = await withTimeout(
    db.raw(`SELECT step FROM ${STEP_RECORD_TABLE} WHERE step IN (${REQUIRED_STEPS.map(() => "?").join(", ")})`, [
      ...REQUIRED_STEPS,
    ]),
    timeoutMs
  )
  const found = new Set(rows.map((r) => r.step))
  return REQUIRED_STEPS.every((step) => found.has(step))
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** The probe of this process, watching its signals. */
export const processReadiness = new ReadinessProbe()
