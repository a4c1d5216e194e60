/**
 * Pure functions that turn the environment into Medusa configuration. medusa-config.ts composes them;
 * keeping them here makes every branch (embedded database, Redis scale-out, production secrets)
 * testable without booting Medusa.
 */

type Env = Record<string, string | undefined>

/** Port of the embedded PostgreSQL the launcher starts when DATABASE_URL is unset (never 5432). */
export const DEFAULT_EMBEDDED_PG_PORT = 54329
export const EMBEDDED_DATABASE_NAME = "hybrid_commerce"

/** Secrets that ship in examples and docs: accepted locally, refused in production. */
export const KNOWN_DEFAULT_SECRETS = new Set([
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "default",
  "jwt_secret",
  "cookie_secret",
  "hybrid-local-dev-secret",
])

/** The secret the platform uses when none is configured outside production. */
export const LOCAL_DEV_SECRET = "hybrid-local-dev-secret"

export type WorkerMode = "shared" | "server" | "worker"

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === "production"
}

/**
 * DATABASE_URL when set; otherwise the URL of the embedded PostgreSQL that the launcher
 * (`hybrid-platform start|dev|provision`) runs with its data in .data/postgres.
 */
export function resolveDatabaseUrl(env: Env): string {
  if (env.DATABASE_URL) {
    return env.DATABASE_URL
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PG_PORT)
  return `postgres://postgres:postgres@localhost:${port}/${EMBEDDED_DATABASE_NAME}`
}

export function resolveWorkerMode(env: Env): WorkerMode {
  const mode = env.MEDUSA_WORKER_MODE ?? "shared"
  if (mode !== "shared" && mode !== "server" && mode !== "worker") {
    throw new ConfigError(`MEDUSA_WORKER_MODE must be one of shared, server, worker (got "${mode}")`)
  }
  return mode
}

export class ConfigError extends Error {
  name = "ConfigError"
}

/**
 * In production, JWT_SECRET and COOKIE_SECRET must be set and must not be a known default.
 * Returns the secrets to use; throws a ConfigError with a one-line message otherwise.
 */
export function resolveSecrets(env: Env): { jwtSecret: string; cookieSecret: string } {
  if (!isProduction(env)) {
    return {
      jwtSecret: env.JWT_SECRET || LOCAL_DEV_SECRET,
      cookieSecret: env.COOKIE_SECRET || LOCAL_DEV_SECRET,
    }
  }
  for (const name of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
    const value = env[name]
    if (!value) {
      throw new ConfigError(`${name} is not set: refusing to start in production.`)
    }
    if (KNOWN_DEFAULT_SECRETS.has(value.toLowerCase()) || value.length < 16) {
      throw new ConfigError(
        `${name} is a known default or shorter than 16 characters: refusing to start in production.`
      )
    }
  }
  return { jwtSecret: env.JWT_SECRET!, cookieSecret: env.COOKIE_SECRET! }
}

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

/**
 * With REDIS_URL: Redis event bus, workflow engine, cache, locking and caching, so several server
 * processes and a worker share events, workflow state and locks. Without it: Medusa's in-memory
 * defaults (nothing to declare).
 */
export function redisModules(env: Env): ModuleEntry[] {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            id: "locking-redis",
            resolve: "@medusajs/medusa/locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            id: "caching-redis",
            resolve: "@medusajs/medusa/caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

/** CORS origins: the two storefronts and the admin by default, overridable per variable. */
export function resolveCors(env: Env) {
  const storefronts = "http://localhost:4321,http://localhost:4322"
  const admin = "http://localhost:9000,http://localhost:5173"
  return {
    storeCors: env.STORE_CORS ?? storefronts,
    adminCors: env.ADMIN_CORS ?? admin,
    authCors: env.AUTH_CORS ?? `${storefronts},${admin}`,
  }
}

/**
 * Uploaded files (product images) live in HC_DATA_DIR/uploads — outside the build output, so a
 * rebuild never loses them — and are served by the backend at /uploads.
 */
export function resolveUploadDir(env: Env, cwd: string): string {
  return `${env.HC_DATA_DIR ?? `${cwd}/.data`}/uploads`
}

export const UPLOADS_ROUTE = "/uploads"

/** The backend's public URL, used in links to uploaded files. */
export function resolveBackendUrl(env: Env): string {
  return env.MEDUSA_BACKEND_URL ?? `http://localhost:${env.PORT ?? 9000}`
}

/**
 * Compression of the API's answers (Medusa's `projectConfig.http.compression`, the `compression`
 * middleware in front of every route): Brotli (quality 4) or gzip (level 6) for answers of 1 KB and
 * more when the client asks for it; a request with the header `x-no-compression` gets plain JSON
 * (the storefronts send it when the backend is on the same machine, where encoding only costs CPU).
 * `HTTP_COMPRESSION=false` turns it off, for a reverse proxy that compresses instead.
 */
export function resolveCompression(env: Env) {
  const setting = env.HTTP_COMPRESSION?.trim().toLowerCase()
  if (setting && setting !== "true" && setting !== "false") {
    throw new ConfigError(`HTTP_COMPRESSION must be "true" or "false", got "${env.HTTP_COMPRESSION}"`)
  }
  return { enabled: setting !== "false", level: 6, memLevel: 8, threshold: 1024 }
}

/** scrypt's cost (log2 of N) that Medusa's email/password provider uses by default. */
export const DEFAULT_PASSWORD_HASH_COST = 15

/**
 * The Auth Module with its email/password provider, as Medusa declares it by default, plus the
 * cost of the scrypt hashes it writes: HC_PASSWORD_HASH_COST (log2 of scrypt's N, default 15 =
 * Medusa's). A hash keeps its own parameters, so sign-in checks every stored password at the cost
 * it was written with. The test suites set 10 (a hash in ~3 ms instead of ~200 ms here): they sign
 * in thousands of times and measure no hashing. Production refuses anything below the default.
 */
/** The Auth Module entry authModule() returns: a ModuleEntry whose options are typed. */
export type AuthModuleEntry = ModuleEntry & {
  options: {
    mfa: { encryption_key: string | undefined }
    providers: Array<{ resolve: string; id: string; options: { hashConfig: { logN: number; r: number; p: number } } }>
  }
}

export function authModule(env: Env): AuthModuleEntry {
  const raw = env.HC_PASSWORD_HASH_COST?.trim()
  const logN = raw ? Number(raw) : DEFAULT_PASSWORD_HASH_COST
  if (!Number.isInteger(logN) || logN < 10 || logN > 20) {
    throw new ConfigError(`HC_PASSWORD_HASH_COST must be a whole number from 10 to 20, got "${raw}"`)
  }
  if (isProduction(env) && logN < DEFAULT_PASSWORD_HASH_COST) {
    throw new ConfigError(
      `HC_PASSWORD_HASH_COST=${logN} is below ${DEFAULT_PASSWORD_HASH_COST}: refusing to start in production.`
    )
  }
  return {
    resolve: "@medusajs/medusa/auth",
    options: {
      // Medusa's own default for the Auth Module, kept as it is.
      mfa: { encryption_key: env.AUTH_MFA_ENCRYPTION_KEY },
      providers: [
        {
          resolve: "@medusajs/medusa/auth-emailpass",
          id: "emailpass",
          options: { hashConfig: { logN, r: 8, p: 1 } },
        },
      ],
    },
  }
}
