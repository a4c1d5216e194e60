/**
 * Throttles for the storefronts' password and account forms (sign-in, trade application, invite
 * acceptance), keyed on the account (normalised email, or an invite token) AND the visitor's
 * address. The backend throttles the same endpoints, but it sees the storefront server as the
 * caller; this one counts per browser, so one visitor's guesses lock that visitor (and that
 * account), not every visitor of the site.
 *
 * Contract (the same as the backend's): `attempt` takes one point from both keys before the form
 * is handled and is refused while either key is locked, so a locked account's right password is
 * refused too; `settle` then keeps the point for a counted failure (locking a key that has used up
 * its points for `lockSeconds`), resets the account on success (the address gets its point back),
 * or gives both back for anything else (bad input). Redis when a URL is given (every site process
 * shares the counters), memory otherwise.
 */
import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/** One key's budget: `points` counted attempts per `windowSeconds`, then `lockSeconds` locked. */
export interface FormThrottleLimit {
  points: number;
  windowSeconds: number;
  lockSeconds: number;
}

export interface FormThrottlePolicy {
  /** Names the counters (`hc:site-throttle:<name>:…`). */
  name: string;
  account: FormThrottleLimit;
  ip: FormThrottleLimit;
}

/**
 * Documented defaults. Sign-in: 5 wrong passwords per account and 50 per address in 15 minutes,
 * then 15 minutes locked. Account forms (applications, invites): 5 submissions per email or
 * token and 30 per address per hour.
 */
export const FORM_THROTTLE_DEFAULTS = {
  signIn: {
    name: "sign-in",
    account: { points: 5, windowSeconds: 900, lockSeconds: 900 },
    ip: { points: 50, windowSeconds: 900, lockSeconds: 900 },
  },
  accountForm: {
    name: "account-form",
    account: { points: 5, windowSeconds: 3600, lockSeconds: 3600 },
    ip: { points: 30, windowSeconds: 3600, lockSeconds: 3600 },
  },
} as const satisfies Record<string, FormThrottlePolicy>;

export type FormThrottleOutcome = "counted" | "success" | "refund";
export type FormThrottleKeys = { account?: string; ip: string };
export type FormThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface FormThrottle {
  policy: FormThrottlePolicy;
  attempt(keys: FormThrottleKeys): Promise<FormThrottleVerdict>;
  settle(keys: FormThrottleKeys, outcome: FormThrottleOutcome): Promise<void>;
}

/** An email as one account: trimmed, lower-cased; undefined for anything else. */
export function normaliseAccount(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const account = value.trim().toLowerCase();
  return account || undefined;
}

/** What a form shows while locked. */
export function lockedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. For your security this is locked for now: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

const redisClients = new Map<string, Redis>();

function limiter(policy: FormThrottlePolicy, which: "account" | "ip", redisUrl?: string): RateLimiterAbstract {
  const options = {
    keyPrefix: `hc:site-throttle:${policy.name}:${which}`,
    points: policy[which].points,
    duration: policy[which].windowSeconds,
  };
  const memory = new RateLimiterMemory(options);
  if (!redisUrl) return memory;
  let client = redisClients.get(redisUrl);
  if (!client) {
    client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    client.on("error", () => undefined); // the in-memory insurance limiter takes over
    redisClients.set(redisUrl, client);
  }
  return new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: memory });
}

const fingerprint = (value: string) => createHash("sha256").update(value).digest("base64url").slice(0, 32);

/** A throttle for `policy`: Redis at `redisUrl` when given, memory otherwise. */
export function createFormThrottle(policy: FormThrottlePolicy, redisUrl?: string): FormThrottle {
  const account = limiter(policy, "account", redisUrl);
  const ip = limiter(policy, "ip", redisUrl);
  const accountKey = (keys: FormThrottleKeys) => (keys.account ? fingerprint(keys.account) : undefined);

  async function take(target: RateLimiterAbstract, key: string): Promise<FormThrottleVerdict> {
    try {
      await target.consume(key);
      return { allowed: true };
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
      throw refusal;
    }
  }

  async function lockWhenSpent(target: RateLimiterAbstract, limit: FormThrottleLimit, key: string) {
    const state = await target.get(key);
    if (state && state.consumedPoints >= limit.points) await target.block(key, limit.lockSeconds);
  }

  return {
    policy,
    async attempt(keys) {
      const accountId = accountKey(keys);
      if (accountId) {
        const verdict = await take(account, accountId);
        if (!verdict.allowed) return verdict;
      }
      const verdict = await take(ip, keys.ip);
      if (!verdict.allowed && accountId) await account.reward(accountId, 1);
      return verdict;
    },
    async settle(keys, outcome) {
      const accountId = accountKey(keys);
      if (outcome === "counted") {
        await Promise.all([
          accountId ? lockWhenSpent(account, policy.account, accountId) : undefined,
          lockWhenSpent(ip, policy.ip, keys.ip),
        ]);
        return;
      }
      if (accountId) await (outcome === "success" ? account.delete(accountId) : account.reward(accountId, 1));
      await ip.reward(keys.ip, 1);
    },
  };
}

/**
 * Runs `handle` under the throttle: refused at once while locked (`{ locked: retryAfterSeconds }`),
 * otherwise settled by `outcomeOf` of its result. A thrown error (backend unavailable) gives the
 * points back and propagates.
 *
 * @example const result = await throttled(signInThrottle, { account: email, ip }, () => signIn(...), (r) => (r.ok ? "success" : "counted"))
 */
export async function throttled<T>(
  throttle: FormThrottle,
  keys: FormThrottleKeys,
  handle: () => Promise<T>,
  outcomeOf: (result: T) => FormThrottleOutcome,
): Promise<{ locked: number } | { result: T }> {
  const verdict = await throttle.attempt(keys);
  if (!verdict.allowed) return { locked: verdict.retryAfterSeconds };
  let result: T;
  try {
    result = await handle();
  } catch (error) {
    await throttle.settle(keys, "refund");
    throw error;
  }
  await throttle.settle(keys, outcomeOf(result));
  return { result };
}

const shared = new Map<string, FormThrottle>();

/** The site process's throttle for a policy (one per policy name and Redis URL). */
export function siteThrottle(policy: FormThrottlePolicy, redisUrl?: string): FormThrottle {
  const key = `${policy.name}:${redisUrl ?? ""}`;
  let throttle = shared.get(key);
  if (!throttle) {
    throttle = createFormThrottle(policy, redisUrl || undefined);
    shared.set(key, throttle);
  }
  return throttle;
}
