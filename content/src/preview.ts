import { createHmac, timingSafeEqual } from "node:crypto"
import { HANDLE_PATTERN, type Site } from "./schemas.ts"
import { COLLECTIONS, type CollectionName } from "./layout.ts"

/**
 * Preview links: `/preview/<collection>/<id>?token=<token>` on either site shows that entry
 * whatever its status and schedule. The token is an HMAC-SHA256 of `<collection>/<id>` under the
 * preview secret, so a link opens exactly one entry and cannot be made without the secret; a
 * missing or wrong token gets the same 404 as an unknown entry (nothing tells them apart).
 */

/** Used outside production when CONTENT_PREVIEW_SECRET is unset, so previews work locally. */
export const DEV_PREVIEW_SECRET = "hybrid-content-preview-dev-secret"

/**
 * The secret to sign and check preview tokens with: CONTENT_PREVIEW_SECRET when set; otherwise the
 * development default, except in production (NODE_ENV=production), where previews are then off (null).
 */
export function previewSecret(env: {
  CONTENT_PREVIEW_SECRET?: string | undefined
  NODE_ENV?: string | undefined
}): string | null {
  const configured = env.CONTENT_PREVIEW_SECRET?.trim()
  if (configured) return configured
  return env.NODE_ENV === "production" ? null : DEV_PREVIEW_SECRET
}

export function previewToken(secret: string, collection: CollectionName, id: string): string {
  return createHmac("sha256", secret).update(`${collection}/${id}`).digest("base64url")
}

/** Constant-time check of a token from a URL; false for a missing token, secret or bad shape. */
export function verifyPreviewToken(
  secret: string | null,
  collection: string,
  id: string,
  token: string | null | undefined,
): boolean {
  if (!secret || !token) return false
  if (!COLLECTIONS.includes(collection as CollectionName) || !HANDLE_PATTERN.test(id)) return false
  const expected = Buffer.from(previewToken(secret, collection as CollectionName, id))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Site-relative preview URL of one entry, e.g. `/preview/pages/brew-guide?token=…`. */
export function previewPath(secret: string, collection: CollectionName, id: string): string {
  return `/preview/${collection}/${id}?token=${previewToken(secret, collection, id)}`
}

interface PreviewableEntry {
  id: string
  data: { sites: readonly Site[] }
}

/**
 * The entry a preview link opens on `site`, whatever its status or schedule, or undefined (the
 * route answers 404, the same as for an unknown page) when the token is missing or wrong, the
 * collection or entry is unknown, or the entry is not on that site.
 */
export function findPreviewEntry<S extends PreviewableEntry, P extends PreviewableEntry>(
  entries: { stories: readonly S[]; pages: readonly P[] },
  request: { collection: string; id: string; token: string | null | undefined; site: Site; secret: string | null },
): { collection: "stories"; entry: S } | { collection: "pages"; entry: P } | undefined {
  const { collection, id, token, site, secret } = request
  if (!verifyPreviewToken(secret, collection, id, token)) return undefined
  if (collection === "stories") {
    const entry = entries.stories.find((e) => e.id === id)
    return entry && entry.data.sites.includes(site) ? { collection, entry } : undefined
  }
  const entry = entries.pages.find((e) => e.id === id)
  return entry && entry.data.sites.includes(site) ? { collection: "pages", entry } : undefined
}
