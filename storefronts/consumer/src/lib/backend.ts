/**
 * The consumer site's backend client: one per server process, no user state (see the kit's
 * client/). The backend URL and optional key are read at run time through astro:env.
 */
import { createStorefrontClient } from "@hybrid/storefront-kit";
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";

export const backend = createStorefrontClient({
  baseUrl: MEDUSA_BACKEND_URL ?? "http://localhost:9000",
  channel: "consumer",
  publishableKey: MEDUSA_PUBLISHABLE_KEY || undefined,
});

/** The site's cookie namespace (hc_consumer_*). */
export const SITE = "consumer" as const;
