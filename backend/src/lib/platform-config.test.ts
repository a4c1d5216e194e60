import {
  ConfigError,
  DEFAULT_EMBEDDED_PG_PORT,
  authModule,
  redisModules,
  resolveCompression,
  resolveDatabaseUrl,
  resolveSecrets,
  resolveWorkerMode,
} from "./platform-config"

describe("resolveDatabaseUrl", () => {
  it("uses DATABASE_URL when set", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgres://u@db:5432/shop" })).toBe("postgres://u@db:5432/shop")
  })

  it("falls back to the embedded PostgreSQL, never on 5432", () => {
    const url = resolveDatabaseUrl({})
    expect(url).toBe(`postgres://postgres:postgres@localhost:${DEFAULT_EMBEDDED_PG_PORT}/hybrid_commerce`)
    expect(url).not.toContain(":5432/")
    expect(resolveDatabaseUrl({ EMBEDDED_PG_PORT: "6001" })).toContain("localhost:6001/")
  })
})

describe("redisModules", () => {
  it("declares nothing without REDIS_URL (in-memory defaults)", () => {
    expect(redisModules({})).toEqual([])
  })

  it("wires event bus, workflow engine, cache, locking and caching to REDIS_URL", () => {
    const modules = redisModules({ REDIS_URL: "redis://127.0.0.1:6379" })
    expect(modules.map((m) => m.resolve)).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/cache-redis",
      "@medusajs/medusa/locking",
      "@medusajs/medusa/caching",
    ])
    expect(JSON.stringify(modules).match(/redis:\/\/127\.0\.0\.1:6379/g)).toHaveLength(5)
  })
})

describe("resolveWorkerMode", () => {
  it("defaults to shared and accepts server and worker", () => {
    expect(resolveWorkerMode({})).toBe("shared")
    expect(resolveWorkerMode({ MEDUSA_WORKER_MODE: "server" })).toBe("server")
    expect(resolveWorkerMode({ MEDUSA_WORKER_MODE: "worker" })).toBe("worker")
  })

  it("rejects anything else, naming the variable", () => {
    expect(() => resolveWorkerMode({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})

describe("resolveSecrets", () => {
  const strong = "0123456789abcdef-strong"

  it("outside production, missing secrets get a local default", () => {
    const secrets = resolveSecrets({ NODE_ENV: "development" })
    expect(secrets.jwtSecret).toBeTruthy()
    expect(secrets.cookieSecret).toBeTruthy()
  })

  it("in production, accepts strong secrets", () => {
    expect(resolveSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: `${strong}2` })).toEqual({
      jwtSecret: strong,
      cookieSecret: `${strong}2`,
    })
  })

  it.each([
    [{ COOKIE_SECRET: strong }, /JWT_SECRET is not set/],
    [{ JWT_SECRET: strong }, /COOKIE_SECRET is not set/],
    [{ JWT_SECRET: "supersecret", COOKIE_SECRET: strong }, /JWT_SECRET is a known default/],
    [{ JWT_SECRET: strong, COOKIE_SECRET: "Secret" }, /COOKIE_SECRET is a known default/],
    [{ JWT_SECRET: strong, COOKIE_SECRET: "short" }, /COOKIE_SECRET .*shorter than 16/],
  ])("in production, refuses %o", (env, message) => {
    expect(() => resolveSecrets({ NODE_ENV: "production", ...env })).toThrow(ConfigError)
    expect(() => resolveSecrets({ NODE_ENV: "production", ...env })).toThrow(message)
  })
})

describe("resolveCompression", () => {
  it("compresses answers of 1 KB and more by default, and is turned off only by HTTP_COMPRESSION=false", () => {
    expect(resolveCompression({})).toEqual({ enabled: true, level: 6, memLevel: 8, threshold: 1024 })
    expect(resolveCompression({ HTTP_COMPRESSION: "true" }).enabled).toBe(true)
    expect(resolveCompression({ HTTP_COMPRESSION: "FALSE" }).enabled).toBe(false)
    expect(() => resolveCompression({ HTTP_COMPRESSION: "off" })).toThrow(ConfigError)
    expect(() => resolveCompression({ HTTP_COMPRESSION: "off" })).toThrow(/HTTP_COMPRESSION/)
  })
})

describe("authModule", () => {
  const hashConfigOf = (env: Record<string, string>) => authModule(env).options.providers[0].options.hashConfig

  it("hashes passwords at Medusa's default cost unless HC_PASSWORD_HASH_COST says otherwise", () => {
    expect(hashConfigOf({})).toEqual({ logN: 15, r: 8, p: 1 })
    expect(hashConfigOf({ HC_PASSWORD_HASH_COST: "10" })).toEqual({ logN: 10, r: 8, p: 1 })
    expect(hashConfigOf({ NODE_ENV: "production", HC_PASSWORD_HASH_COST: "17" }).logN).toBe(17)
  })

  it("keeps Medusa's email/password provider id and its MFA key", () => {
    const module = authModule({ AUTH_MFA_ENCRYPTION_KEY: "k" })
    expect(module.resolve).toBe("@medusajs/medusa/auth")
    expect(module.options.providers[0]).toMatchObject({
      id: "emailpass",
      resolve: "@medusajs/medusa/auth-emailpass",
    })
    expect(module.options.mfa).toEqual({ encryption_key: "k" })
  })

  it.each(["9", "21", "12.5", "cheap"])("refuses HC_PASSWORD_HASH_COST=%s, naming the variable", (value) => {
    expect(() => authModule({ HC_PASSWORD_HASH_COST: value })).toThrow(/HC_PASSWORD_HASH_COST/)
  })

  it("refuses a cheaper hash than the default in production", () => {
    expect(() => authModule({ NODE_ENV: "production", HC_PASSWORD_HASH_COST: "10" })).toThrow(
      /below 15: refusing to start in production/
    )
  })
})
