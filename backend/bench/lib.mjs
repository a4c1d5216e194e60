/**
 * What every benchmark in this folder needs: child processes in their own process groups (stopped
 * by PID only), logs under .data/bench-logs/, a progress bar on stderr, timed HTTP calls, a
 * percentile, waiting for the search indexes, and clean-up on exit or Ctrl-C.
 */
import { spawn } from "node:child_process"
import { createWriteStream, mkdirSync, rmSync } from "node:fs"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { relocatedClustersUnder } from "@hybrid/platform/database"
import { repoPaths } from "@hybrid/platform"
import pg from "pg"

const REQUEST_TIMEOUT_MS = 120_000

/**
 * One benchmark run: its data folder (deleted at the end unless `keep`), its logs folder, and the
 * processes it started. `finish(main)` runs main, prints failures, stops everything and exits.
 */
export function benchRun({ name, keep = false }) {
  const paths = repoPaths()
  const runDir = path.join(paths.dataDir, `bench-${name}-${Date.now().toString(36)}-${process.pid}`)
  const logsDir = path.join(paths.dataDir, "bench-logs", name)
  rmSync(logsDir, { recursive: true, force: true })
  mkdirSync(logsDir, { recursive: true })
  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
  const say = (message) => process.stderr.write(`[bench:${name}] ${message}\n`)
  const logFile = (log) => path.join(logsDir, `${log}.log`)
  /** @type {Set<import("node:child_process").ChildProcess>} */
  const children = new Set()
  /** Stopped last, in reverse order (databases, clients). */
  const closers = []

  function startChild(log, args, env, { cwd = paths.backendServerDir, onStdoutLine } = {}) {
    const out = createWriteStream(logFile(log), { flags: "a" })
    const child = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    children.add(child)
    let pending = ""
    child.stdout.setEncoding("utf8")
    child.stdout.on("data", (chunk) => {
      if (!onStdoutLine) return void out.write(chunk)
      pending += chunk
      const lines = pending.split("\n")
      pending = lines.pop() ?? ""
      for (const line of lines) if (!onStdoutLine(line)) out.write(`${line}\n`)
    })
    child.stderr.pipe(out, { end: false })
    const exited = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        children.delete(child)
        out.end()
        resolve({ code, signal })
      })
    )
    return { child, exited }
  }

  async function runStep(log, args, env, options) {
    const { exited } = startChild(log, args, env, options)
    const { code, signal } = await exited
    if (code !== 0) throw new Error(`${log} failed (${signal ?? `exit ${code}`}); see ${logFile(log)}`)
  }

  /** Starts `medusa start` (the given CLI script, cwd = a built server folder) and waits for /health. */
  async function startBackend(log, { medusaBin, cwd, env, url }) {
    const backend = startChild(log, [medusaBin, "start"], env, { cwd })
    for (const deadline = Date.now() + 180_000; ; ) {
      if (backend.child.exitCode !== null) throw new Error(`${log} exited during start-up; see ${logFile(log)}`)
      try {
        const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) })
        if (health.status === 200) return backend
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error(`${log} did not answer /health within 180 s; see ${logFile(log)}`)
      await sleep(500)
    }
  }

  let cleaning
  function cleanUp() {
    cleaning ??= (async () => {
      await Promise.all([...children].map(stopChild))
      for (const close of closers.reverse()) await close().catch(() => {})
      if (keep) {
        say(`kept the data folder ${runDir}`)
        return
      }
      for (const cluster of relocatedClustersUnder(runDir)) rmSync(cluster, { recursive: true, force: true })
      rmSync(runDir, { recursive: true, force: true })
    })()
    return cleaning
  }

  async function finish(main) {
    for (const signal of ["SIGINT", "SIGTERM"]) {
      process.once(signal, () => {
        say(`${signal}: stopping what the benchmark started...`)
        cleanUp().finally(() => process.exit(130))
      })
    }
    let exitCode = 0
    try {
      await main()
      say(`done in ${elapsed()}`)
    } catch (error) {
      process.stderr.write(`\n[bench:${name}] failed: ${error instanceof Error ? error.message : String(error)}\n`)
      exitCode = 1
    } finally {
      await cleanUp()
    }
    process.exit(exitCode)
  }

  return {
    paths,
    runDir,
    logsDir,
    say,
    elapsed,
    logFile,
    startChild,
    runStep,
    startBackend,
    stopChild,
    onCleanUp: (close) => closers.push(close),
    finish,
  }
}

/** Stops a child and its process group: SIGTERM, then SIGKILL after 10 s. */
export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const gone = new Promise((resolve) => child.once("exit", resolve))
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig)
    } catch {
      // already gone
    }
  }
  signal("SIGTERM")
  const timer = setTimeout(() => signal("SIGKILL"), 10_000)
  await gone
  clearTimeout(timer)
}

/** A progress bar on stderr (a line per 10 % when stderr is not a terminal). */
export function progressBar(label) {
  const tty = process.stderr.isTTY
  let lastShown = -1
  const t0 = Date.now()
  return (done, total) => {
    const ratio = total ? done / total : 1
    const secs = ((Date.now() - t0) / 1000).toFixed(0)
    if (tty) {
      const width = 30
      const fill = Math.round(ratio * width)
      process.stderr.write(
        `\r[bench] ${label.padEnd(10)} [${"#".repeat(fill)}${".".repeat(width - fill)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${done}/${total} ${secs} s`
      )
      if (done >= total) process.stderr.write("\n")
    } else {
      const step = Math.floor(ratio * 10)
      if (step !== lastShown) {
        lastShown = step
        process.stderr.write(`[bench] ${label} ${Math.floor(ratio * 100)}% (${done}/${total}, ${secs} s)\n`)
      }
    }
  }
}

/** One timed HTTP call: status, parsed JSON (or null), raw text and milliseconds. */
export async function call(method, url, { headers = {}, body } = {}) {
  const t0 = performance.now()
  const response = await fetch(url, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  const ms = performance.now() - t0
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    // not JSON
  }
  return { status: response.status, json, text, ms }
}

/** Awaits a call and throws with its body unless it answered 2xx. */
export async function expectOk(promise, what) {
  const result = await promise
  if (result.status < 200 || result.status >= 300)
    throw new Error(`${what}: HTTP ${result.status} ${result.text.slice(0, 300)}`)
  return result
}

/** The p-th percentile (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}

export const fmtMs = (ms) => `${ms.toFixed(1)} ms`

/**
 * Waits until every search index (Search Module, when the backend has it) has an active version
 * and no index sync is pending or running. Without the module's tables there is nothing to wait for.
 */
export async function waitForSearchIndexes(url, timeoutMs) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("SELECT to_regclass('search_index') IS NOT NULL AS present")
    if (!rows[0].present) return
    for (const deadline = Date.now() + timeoutMs; ; ) {
      const {
        rows: [state],
      } = await client.query(`SELECT
          (SELECT count(*) FROM search_index WHERE deleted_at IS NULL AND active_version IS NULL)::int AS inactive,
          (SELECT count(*) FROM search_index_sync WHERE deleted_at IS NULL AND status IN ('pending', 'processing'))::int AS syncing`)
      if (state.inactive === 0 && state.syncing === 0) return
      if (Date.now() > deadline)
        throw new Error(
          `search indexes not ready after ${timeoutMs / 1000} s (${state.inactive} inactive, ${state.syncing} syncing)`
        )
      await sleep(1_000)
    }
  } finally {
    await client.end()
  }
}
