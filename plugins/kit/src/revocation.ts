import { createHash } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Redis } from "ioredis"

/**
 * Signed-out tokens. Medusa's JWTs are stateless: a token keeps working until its `exp` (24 h by
 * default) even after the site deleted its cookie. Signing out records the token's hash here until
 * that `exp`, and `revokedTokenGuard` answers 401 for it on every authenticated route.
 *
 * Redis when `REDIS_URL` is set (`SET hc:revoked:<hash> 1 EX <seconds left>`, so every server
 * process sees a sign-out at once), the process's memory otherwise. The check is one Redis GET or
 * one map lookup, and only for requests that carry a bearer token.
 */
export type RevocationStore = {
  /** Refuses the token from now until `expiresAt` (seconds since the epoch). */
  revoke(token: string, expiresAt: number): Promise<void>
  isRevoked(token: string): Promise<boolean>
  /**
   * Refuses every token of the auth identity issued (`iat`) before `notBefore` (seconds since the
   * epoch), for as long as such a token could still be valid (`NOT_BEFORE_KEEP_SECONDS`). A later
   * call replaces an earlier one.
   */
  setNotBefore(authIdentityId: string, notBefore: number): Promise<void>
  /** The identity's "not before" in seconds since the epoch, or undefined. */
  notBeforeOf(authIdentityId: string): Promise<number | undefined>
}

/**
 * How long a per-identity "not before" is kept: longer than any session token lives (Medusa's
 * default is 24 h; `jwtExpiresIn` may be set longer, up to this).
 */
export const NOT_BEFORE_KEEP_SECONDS = 30 * 24 * 60 * 60

/** The key a token is stored under: its SHA-256, never the token itself. */
export function tokenFingerprint(token: string): string {
  return createHash("sha256").update(token).digest("base64url")
}

/** Seconds a revocation is kept when the token's expiry cannot be read (Medusa's default lifetime). */
export const DEFAULT_TOKEN_SECONDS = 24 * 60 * 60

/** The claims of a JWT, read without verifying it (Medusa's authentication verifies it). */
export function tokenClaims(token: string): Record<string, unknown> {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as unknown
    return payload && typeof payload === "object" ? (payload as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The `exp` claim of a JWT, read without verifying it (the caller has verified the token). */
export function tokenExpiry(token: string, nowSeconds = Math.floor(Date.now() / 1000)): number {
  const { exp } = tokenClaims(token)
  if (typeof exp === "number" && Number.isFinite(exp)) {
    return exp
  }
  // Not a JWT we can read: keep it for the default lifetime.
  return nowSeconds + DEFAULT_TOKEN_SECONDS
}

/**
 * Whether a token was issued before its identity's "not before" (a password change): true for a
 * token without `iat` or `auth_identity_id` claims only when a "not before" applies to nobody, i.e.
 * never; tokens without the claims are left to Medusa's authentication.
 */
export async function issuedBeforeNotBefore(store: RevocationStore, token: string): Promise<boolean> {
  const { iat, auth_identity_id } = tokenClaims(token)
  if (typeof auth_identity_id !== "string" || !auth_identity_id || typeof iat !== "number") {
    return false
  }
  const notBefore = await store.notBeforeOf(auth_identity_id)
  return notBefore !== undefined && iat < notBefore
}

export function memoryRevocationStore(now: () => number = () => Date.now()): RevocationStore {
  const revoked = new Map<string, number>()
  const notBefore = new Map<string, { at: number; until: number }>()
  let lastSweep = now()
  function sweep() {
    const at = now()
    if (at - lastSweep < 60_000) {
      return
    }
    lastSweep = at
    for (const [key, until] of revoked) {
      if (until <= at) {
        revoked.delete(key)
      }
    }
  }
  return {
    async revoke(token, expiresAt) {
      sweep()
      if (expiresAt * 1000 > now()) {
        revoked.set(tokenFingerprint(token), expiresAt * 1000)
      }
    },
    async isRevoked(token) {
      const until = revoked.get(tokenFingerprint(token))
      return until !== undefined && until > now()
    },
    async setNotBefore(authIdentityId, at) {
      notBefore.set(authIdentityId, { at, until: now() + NOT_BEFORE_KEEP_SECONDS * 1000 })
    },
    async notBeforeOf(authIdentityId) {
      const entry = notBefore.get(authIdentityId)
      return entry && entry.until > now() ? entry.at : undefined
    },
  }
}

export function redisRevocationStore(client: Redis): RevocationStore {
  return {
    async revoke(token, expiresAt) {
      const seconds = expiresAt - Math.floor(Date.now() / 1000)
      if (seconds > 0) {
        await client.set(`hc:revoked:${tokenFingerprint(token)}`, "1", "EX", seconds)
      }
    },
    async isRevoked(token) {
      return (await client.get(`hc:revoked:${tokenFingerprint(token)}`)) !== null
    },
    async setNotBefore(authIdentityId, at) {
      await client.set(`hc:not-before:${authIdentityId}`, String(at), "EX", NOT_BEFORE_KEEP_SECONDS)
    },
    async notBeforeOf(authIdentityId) {
      const value = await client.get(`hc:not-before:${authIdentityId}`)
      return value === null ? undefined : Number(value)
    },
  }
}

let shared: { url: string; store: RevocationStore } | null = null

/** The process's store: Redis at `REDIS_URL` when set, memory otherwise. */
export function revocationStore(env: Record<string, string | undefined> = process.env): RevocationStore {
  const url = env.REDIS_URL ?? ""
  if (!shared || shared.url !== url) {
    shared = {
      url,
      store: url ? redisRevocationStore(new Redis(url, { maxRetriesPerRequest: 2 })) : memoryRevocationStore(),
    }
  }
  return shared.store
}

/** The bearer token of a request, or undefined. */
export function bearerToken(req: { headers: Record<string, string | string[] | undefined> }): string | undefined {
  const header = req.headers.authorization
  const value = Array.isArray(header) ? header[0] : header
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? "")
  return match?.[1]
}

/**
 * Middleware for every route that authenticates (`/store`, `/admin`, `/auth`): a signed-out bearer
 * token, or one issued before its identity's last password change, answers 401 before any
 * handler, as an expired one would. Requests without a bearer token
 * pass untouched. A store that cannot answer fails closed (the error goes to Medusa's handler).
 */
export function revokedTokenGuard(store: () => RevocationStore = () => revocationStore()) {
  return async function revokedToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const token = bearerToken(req)
    if (!token) {
      next()
      return
    }
    try {
      if (await store().isRevoked(token)) {
        res.status(401).json({ type: "unauthorized", message: "This session has been signed out. Sign in again." })
        return
      }
      if (await issuedBeforeNotBefore(store(), token)) {
        res
          .status(401)
          .json({ type: "unauthorized", message: "The password was changed since this sign-in. Sign in again." })
        return
      }
    } catch (error) {
      next(error)
      return
    }
    next()
  }
}
