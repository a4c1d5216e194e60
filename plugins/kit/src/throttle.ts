import { createHash } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Redis } from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { clientIp } from "./client-ip"

/**
 * Throttles for the password and account endpoints (sign-in, registration, password reset, trade
 * applications, invite acceptance), keyed on the account (the normalised email, or an invite
 * token) AND the caller's address (`clientIp`, see `TRUST_PROXY` in ./client-ip).
 *
 * Every attempt takes one point from both keys before the handler runs; a key without points left
 * answers 429 with `Retry-After` (seconds) and the handler does not run, so while an account is
 * locked even the right password is refused. After the handler the route's `outcome` settles the
 * points: a counted attempt (a wrong password) keeps them, and when an account or address has used
 * up its points it is locked for `lockSeconds`; a success resets the account's count and gives the
 * address its point back; anything else (bad input) gives both points back. Taking the point first
 * makes the limit hold under parallel requests.
 *
 * State lives in Redis when `REDIS_URL` is set (shared by every server process) and in the
 * process's memory otherwise.
 */

/** One key's budget: `points` counted attempts per `windowSeconds`, then locked for `lockSeconds`. */
export type ThrottleLimit = {
  points: number
  windowSeconds: number
  lockSeconds: number
}

/** The budgets of one throttle: per account and per client address. */
export type ThrottlePolicy = {
  /** Names the counters (`hc:throttle:<name>:…`); one policy per name and process. */
  name: string
  account: ThrottleLimit
  ip: ThrottleLimit
}

/** What the handler's answer means for the counters. */
export type ThrottleOutcome = "counted" | "success" | "refund"

/**
 * The documented defaults. `signIn` is shared by sign-in and registration of every actor
 * (customer and admin user), so a registration probe costs the same as a password guess.
 */
export const THROTTLE_DEFAULTS = {
  /** 5 wrong passwords per account and 50 per address in 15 minutes, then 15 minutes locked. */
  signIn: {
    name: "sign-in",
    account: { points: 5, windowSeconds: 900, lockSeconds: 900 },
    ip: { points: 50, windowSeconds: 900, lockSeconds: 900 },
  },
  /** 5 reset requests per account and 20 per address per hour (every request counts). */
  passwordReset: {
    name: "password-reset",
    account: { points: 5, windowSeconds: 3600, lockSeconds: 3600 },
    ip: { points: 20, windowSeconds: 3600, lockSeconds: 3600 },
  },
  /**
   * Setting a new password with a reset link: 20 refused links (unknown, used or expired tokens)
   * per address per hour (keyed on the address only: a guesser never repeats a token).
   */
  passwordResetConfirm: {
    name: "password-reset-confirm",
    account: { points: 5, windowSeconds: 3600, lockSeconds: 3600 },
    ip: { points: 20, windowSeconds: 3600, lockSeconds: 3600 },
  },
  /**
   * Trade applications: 5 per applicant email and 100 per address per hour (every application that
   * passes validation counts, known email or not, so the limit tells nothing about the email; the
   * address budget leaves room for an office behind one NAT address).
   */
  application: {
    name: "trade-application",
    account: { points: 5, windowSeconds: 3600, lockSeconds: 3600 },
    ip: { points: 100, windowSeconds: 3600, lockSeconds: 3600 },
  },
  /**
   * Invite pages and acceptance: 50 unknown or used tokens per address in 15 minutes (the account
   * budget is not used: the middleware keys invites on the address only).
   */
  invite: {
    name: "invite-accept",
    account: { points: 10, windowSeconds: 900, lockSeconds: 900 },
    ip: { points: 50, windowSeconds: 900, lockSeconds: 900 },
  },
} as const satisfies Record<string, ThrottlePolicy>

export type ThrottlePolicyName = keyof typeof THROTTLE_DEFAULTS

type Env = Record<string, string | undefined>

function positive(env: Env, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") {
    return fallback
  }
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1 (got "${raw}")`)
  }
  return value
}

/**
 * The policy `name` with its defaults overridden from the environment:
 * `THROTTLE_<NAME>_ACCOUNT_POINTS`, `_IP_POINTS`, `_WINDOW_SECONDS`, `_LOCK_SECONDS`, where
 * `<NAME>` is SIGN_IN, PASSWORD_RESET, PASSWORD_RESET_CONFIRM, APPLICATION or INVITE (window and lock apply to both keys).
 */
export function throttlePolicy(name: ThrottlePolicyName, env: Env = process.env): ThrottlePolicy {
  const defaults = THROTTLE_DEFAULTS[name]
  const prefix = `THROTTLE_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`
  const windowOf = (limit: ThrottleLimit) => positive(env, `${prefix}_WINDOW_SECONDS`, limit.windowSeconds)
  const lockOf = (limit: ThrottleLimit) => positive(env, `${prefix}_LOCK_SECONDS`, limit.lockSeconds)
  return {
    name: defaults.name,
    account: {
      points: positive(env, `${prefix}_ACCOUNT_POINTS`, defaults.account.points),
      windowSeconds: windowOf(defaults.account),
      lockSeconds: lockOf(defaults.account),
    },
    ip: {
      points: positive(env, `${prefix}_IP_POINTS`, defaults.ip.points),
      windowSeconds: windowOf(defaults.ip),
      lockSeconds: lockOf(defaults.ip),
    },
  }
}

/** An email as one account: trimmed and lower-cased. */
export function normaliseAccount(value: unknown): string | undefined {
  if (typeof value !== "string") {
    return undefined
  }
  const account = value.trim().toLowerCase()
  return account ? account : undefined
}

/** Counter keys hold a hash, never the email or token itself. */
function fingerprint(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 32)
}

export type ThrottleKeys = { account?: string; ip: string }

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type Throttle = {
  policy: ThrottlePolicy
  /** Takes one point from each key; refused (nothing taken) while either key is locked. */
  attempt(keys: ThrottleKeys): Promise<ThrottleVerdict>
  /** Settles an allowed attempt (see the module's docblock). */
  settle(keys: ThrottleKeys, outcome: ThrottleOutcome): Promise<void>
}

const redisClients = new Map<string, Redis>()

function redisClient(url: string): Redis {
  let client = redisClients.get(url)
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 1 })
    // A Redis outage falls back to the in-memory insurance limiter; the error is not fatal here.
    client.on("error", () => undefined)
    redisClients.set(url, client)
  }
  return client
}

function limiter(policy: ThrottlePolicy, which: "account" | "ip", redisUrl: string | undefined): RateLimiterAbstract {
  const limit = policy[which]
  const options = {
    keyPrefix: `hc:throttle:${policy.name}:${which}`,
    points: limit.points,
    duration: limit.windowSeconds,
  }
  const memory = new RateLimiterMemory(options)
  if (!redisUrl) {
    return memory
  }
  return new RateLimiterRedis({ ...options, storeClient: redisClient(redisUrl), insuranceLimiter: memory })
}

function retryAfter(res: unknown): number {
  const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 1000
  return Math.max(1, Math.ceil(ms / 1000))
}

/** A throttle for `policy`, on Redis when `redisUrl` is given, in memory otherwise. */
export function createThrottle(policy: ThrottlePolicy, redisUrl?: string): Throttle {
  const account = limiter(policy, "account", redisUrl)
  const ip = limiter(policy, "ip", redisUrl)
  const accountKey = (keys: ThrottleKeys) => (keys.account ? fingerprint(keys.account) : undefined)

  async function take(target: RateLimiterAbstract, key: string): Promise<ThrottleVerdict> {
    try {
      await target.consume(key)
      return { allowed: true }
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: retryAfter(refusal) }
      }
      throw refusal
    }
  }

  /** After a counted attempt: a key that has used up its points is locked from now on. */
  async function lockWhenSpent(target: RateLimiterAbstract, limit: ThrottleLimit, key: string) {
    const state = await target.get(key)
    if (state && state.consumedPoints >= limit.points) {
      await target.block(key, limit.lockSeconds)
    }
  }

  return {
    policy,
    async attempt(keys) {
      const accountId = accountKey(keys)
      if (accountId) {
        const verdict = await take(account, accountId)
        if (!verdict.allowed) {
          return verdict
        }
      }
      const verdict = await take(ip, keys.ip)
      if (!verdict.allowed && accountId) {
        await account.reward(accountId, 1)
      }
      return verdict
    },
    async settle(keys, outcome) {
      const accountId = accountKey(keys)
      if (outcome === "counted") {
        await Promise.all([
          accountId ? lockWhenSpent(account, policy.account, accountId) : undefined,
          lockWhenSpent(ip, policy.ip, keys.ip),
        ])
        return
      }
      if (accountId) {
        await (outcome === "success" ? account.delete(accountId) : account.reward(accountId, 1))
      }
      await ip.reward(keys.ip, 1)
    },
  }
}

const throttles = new Map<string, Throttle>()

/**
 * The process's throttle for a named policy (defaults overridden by the environment, Redis when
 * `REDIS_URL` is set): every middleware of one policy shares its counters.
 */
export function namedThrottle(name: ThrottlePolicyName, env: Env = process.env): Throttle {
  const key = `${name}:${env.REDIS_URL ?? ""}`
  let throttle = throttles.get(key)
  if (!throttle) {
    throttle = createThrottle(throttlePolicy(name, env), env.REDIS_URL || undefined)
    throttles.set(key, throttle)
  }
  return throttle
}

export type ThrottleMiddlewareOptions = {
  throttle: Throttle | (() => Throttle)
  /** The account the request is about (an email, an invite token), or undefined: address only. */
  account(req: MedusaRequest): string | undefined
  /** What the answer's status means for the counters. */
  outcome(status: number): ThrottleOutcome
}

/** The 429 every throttle answers; `Retry-After` in seconds. */
export function tooManyAttempts(res: MedusaResponse, retryAfterSeconds: number): void {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({
    type: "too_many_attempts",
    message: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    retry_after: retryAfterSeconds,
  })
}

/**
 * A route middleware applying a throttle: takes the points before the handler, answers 429 while
 * locked, and settles by the status of the handler's answer before that answer leaves (so the
 * caller's next request already sees the new count).
 *
 * @example { matcher: "/auth/:actor_type/emailpass", method: ["POST"], middlewares: [throttleMiddleware({ throttle: () => namedThrottle("signIn"), account: (req) => normaliseAccount(req.body?.email), outcome: signInOutcome })] }
 */
export function throttleMiddleware(options: ThrottleMiddlewareOptions) {
  return async function throttled(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const throttle = typeof options.throttle === "function" ? options.throttle() : options.throttle
    const keys: ThrottleKeys = { account: options.account(req), ip: clientIp(req) }
    let verdict: ThrottleVerdict
    try {
      verdict = await throttle.attempt(keys)
    } catch (error) {
      next(error)
      return
    }
    if (!verdict.allowed) {
      tooManyAttempts(res, verdict.retryAfterSeconds)
      return
    }
    const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
    let settled = false
    res.end = ((...args: unknown[]) => {
      if (settled) {
        return end(...args)
      }
      settled = true
      throttle
        .settle(keys, options.outcome(res.statusCode))
        .catch(() => undefined)
        .finally(() => end(...args))
      return res
    }) as MedusaResponse["end"]
    next()
  }
}

/** Sign-in and registration: 401 is a wrong password (or a taken email), 2xx a success. */
export function signInOutcome(status: number): ThrottleOutcome {
  if (status === 401) {
    return "counted"
  }
  return status >= 200 && status < 300 ? "success" : "refund"
}

/** Endpoints where every accepted request counts (password reset, applications); bad input does not. */
export function everyAcceptedRequest(status: number): ThrottleOutcome {
  return status === 400 || status >= 500 ? "refund" : "counted"
}
