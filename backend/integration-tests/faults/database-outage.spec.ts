import net from "node:net"
import path from "node:path"
import { findFreePort } from "@hybrid/platform/database"
import { repoPaths, resolveBinScript } from "@hybrid/platform/paths"
import { backendEnv, baseChildEnv, migrate } from "@hybrid/platform/platform"
import { type ManagedProcess, spawnProcess, waitForHttp } from "@hybrid/platform/services"
import { DatabaseAdmin, databaseUrl } from "@hybrid/test-kit/databases"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"

/**
 * The database goes away under a running backend and comes back: the built backend (a real
 * process) reaches PostgreSQL through a TCP relay this test controls. "Down" ends every open
 * connection and refuses new ones — to the backend exactly what a PostgreSQL restart is — and "up"
 * accepts them again. While down, requests get 503 `database_unavailable` with Retry-After, never a
 * 500; once up, the same process answers normally again without a restart.
 */
const paths = repoPaths()
const { server, prefix } = inject("testServer")
const admin = new DatabaseAdmin(server)
const database = `${prefix}_outage`

/** A TCP relay to PostgreSQL that can drop everything and refuse connections, then accept them again. */
class Relay {
  #server: net.Server | undefined
  readonly #sockets = new Set<net.Socket>()
  constructor(
    readonly port: number,
    readonly target: { host: string; port: number }
  ) {}

  up(): Promise<void> {
    this.#server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host)
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket)
        socket.on("close", () => this.#sockets.delete(socket))
        socket.on("error", () => socket.destroy())
      }
      client.pipe(upstream).pipe(client)
      client.on("close", () => upstream.destroy())
      upstream.on("close", () => client.destroy())
    })
    return new Promise((resolve) => this.#server!.listen(this.port, "127.0.0.1", resolve))
  }

  async down(): Promise<void> {
    const closed = new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()))
    for (const socket of this.#sockets) socket.destroy()
    await closed
    this.#server = undefined
  }
}

/**
 * One request. While the database is gone a request can wait up to knex's 60 s for a connection
 * (Medusa passes no shorter acquire timeout to its pool) before it is answered.
 */
async function answer(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(90_000) })
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() }
}

describe("a database outage under a running backend", () => {
  let relay: Relay
  let backend: ManagedProcess | undefined
  let base: string

  beforeAll(async () => {
    relay = new Relay(await findFreePort(), { host: server.host, port: server.port })
    await relay.up()
    const url = databaseUrl({ ...server, host: "127.0.0.1", port: relay.port }, database)
    const port = await findFreePort()
    const env = {
      ...backendEnv(baseChildEnv(paths), {
        databaseUrl: url,
        nodeEnv: "test",
        dataDir: path.join(paths.dataDir, "test-install", database),
        port,
      }),
      HC_PLUGINS: "none",
      ADMIN_DISABLED: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      LOG_LEVEL: "error",
    }
    await admin.create(database)
    await migrate({
      paths,
      flavor: "built",
      env,
      output: () => ({ kind: "file", file: path.join(paths.testLogsDir, "database-outage-migrate.log") }),
      track: () => () => {},
      extraArgs: ["--skip-scripts"],
    })
    backend = spawnProcess({
      name: "backend (database outage)",
      command: process.execPath,
      args: [resolveBinScript(paths, "medusa"), "start"],
      cwd: paths.backendServerDir,
      env,
      output: { kind: "file", file: path.join(paths.testLogsDir, "database-outage-backend.log") },
    })
    base = `http://localhost:${port}`
    await waitForHttp(`${base}/health`, { process: backend, timeoutMs: 120_000, isReady: (s) => s === 200 })
  })

  afterAll(async () => {
    await backend?.stop()
    await relay?.down()
    await admin.drop(database)
    await admin.close()
  })

  it("answers 503 with Retry-After while the database is gone, and recovers by itself when it is back", async () => {
    // A route that reads the database: no storefront key exists in this unprovisioned shop, so 404.
    const route = `${base}/storefront-bootstrap/consumer`
    expect((await answer(route)).status).toBe(404)

    await relay.down()
    const during = await Promise.all(Array.from({ length: 6 }, () => answer(route)))
    for (const reply of during) {
      expect(reply).toMatchObject({ status: 503, retryAfter: "5", body: { code: "database_unavailable" } })
    }
    expect((await answer(`${base}/ready`)).body).toMatchObject({ ready: false, checks: { database: "unreachable" } })

    await relay.up()
    let after = await answer(route)
    for (let tries = 0; after.status !== 404 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      after = await answer(route)
    }
    expect(after.status).toBe(404)
    expect(backend!.hasExited).toBe(false)
  })
})
