/**
 * The trade site's one backend client (Trade sales channel). Module scope on purpose: it caches
 * the publishable key and reference data, and holds no per-user state (tokens go per request).
 */
import { createStorefrontClient } from "@hybrid/storefront-kit";
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, REDIS_URL } from "astro:env/server";

export const backend = createStorefrontClient({
  baseUrl: MEDUSA_BACKEND_URL,
  channel: "trade",
  publishableKey: MEDUSA_PUBLISHABLE_KEY || undefined,
});

/** Redis for state the site's processes share (the form throttles); undefined: each process keeps its own. */
export const sharedStateRedisUrl: string | undefined = REDIS_URL || undefined;
