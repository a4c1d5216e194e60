import { createHash, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * Email verification of a consumer account: a single-use, time-limited token whose SHA-256 is kept
 * in the customer's metadata (never the token itself). Customers cannot write these metadata keys
 * (`reservedMetadataKeys`, refused on Medusa's customer routes), so only the emailed link verifies.
 */
export const VERIFICATION_KEY = "hc_email_verification"
export const VERIFIED_AT_KEY = "hc_email_verified_at"
/** Metadata keys only the platform writes: a store request that sets one answers 400. */
export const RESERVED_METADATA_PREFIX = "hc_"
/** How long a verification link works. */
export const VERIFICATION_TTL_SECONDS = 24 * 60 * 60

export type PendingVerification = { token_hash: string; email: string; expires_at: string }

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex")

/** A fresh token (43 url-safe characters) and what to store for it. */
export function newVerification(email: string, now = new Date()): { token: string; pending: PendingVerification } {
  const token = randomBytes(32).toString("base64url")
  return {
    token,
    pending: {
      token_hash: hashToken(token),
      email: email.toLowerCase(),
      expires_at: new Date(now.getTime() + VERIFICATION_TTL_SECONDS * 1000).toISOString(),
    },
  }
}

export type VerificationProblem = "none-pending" | "wrong-token" | "expired" | "email-changed"

/** Why `token` does not verify this customer now, or null when it does. */
export function verificationProblem(
  metadata: Record<string, unknown> | null | undefined,
  email: string,
  token: string,
  now = new Date()
): VerificationProblem | null {
  const pending = metadata?.[VERIFICATION_KEY] as Partial<PendingVerification> | null | undefined
  if (!pending?.token_hash || !pending.expires_at) {
    return "none-pending"
  }
  const given = Buffer.from(hashToken(token), "hex")
  const stored = Buffer.from(String(pending.token_hash), "hex")
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
    return "wrong-token"
  }
  if (new Date(pending.expires_at).getTime() <= now.getTime()) {
    return "expired"
  }
  if (pending.email !== email.toLowerCase()) {
    return "email-changed"
  }
  return null
}

/** The metadata keys of a store request body that only the platform may write. */
export function reservedMetadataKeys(metadata: unknown): string[] {
  if (!metadata || typeof metadata !== "object") {
    return []
  }
  return Object.keys(metadata).filter((key) => key.startsWith(RESERVED_METADATA_PREFIX))
}

/** The consumer site's public origin for links in emails (CONSUMER_PUBLIC_URL). */
export function consumerPublicUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.CONSUMER_PUBLIC_URL || "http://localhost:4321").replace(/\/+$/, "")
}
