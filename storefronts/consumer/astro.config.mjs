// @ts-check
import node from "@astrojs/node";
import { fileURLToPath } from "node:url";
import { defineConfig, envField } from "astro/config";
import { storefrontImages } from "@hybrid/storefront-kit/images/config.ts";

// The shared content folder (@hybrid/content) of this checkout: where the live collections read
// unless HC_CONTENT_DIR names another one when the server starts.
const CONTENT_DIR = fileURLToPath(new URL("../../content", import.meta.url));

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  // The standalone server reads PORT / HOST at run time; this is the dev/preview default.
  server: { port: 4321 },
  // The same-origin check for form posts is the kit's publicOriginMiddleware (first in
  // src/middleware.ts): it compares Origin with the site's public origin behind a trusted proxy
  // (TRUSTED_PROXIES, CONSUMER_PUBLIC_URL, read at run time), where Astro's own check would compare
  // it with the proxy-facing http URL and refuse every form.
  security: { checkOrigin: false },
  // Product pictures in AVIF/WebP sizes through the kit's /_image endpoint (kit images/config.ts).
  image: storefrontImages,
  devToolbar: { enabled: false },
  env: {
    schema: {
      // `access: "secret"` because astro:env inlines public server variables at build time; these
      // must be read when the server starts, so one build runs against any backend.
      MEDUSA_BACKEND_URL: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        default: "http://localhost:9000",
        url: true,
      }),
      // Optional override; by default the key comes from the backend's /storefront-bootstrap/consumer.
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // The site's public origin for canonical URLs, Open Graph, JSON-LD and the sitemap (read at run time).
      CONSUMER_PUBLIC_URL: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        default: "http://localhost:4321",
        url: true,
      }),
      // Reverse proxies whose X-Forwarded-Proto / X-Forwarded-Host are believed: IP addresses or
      // CIDR ranges, comma-separated, or "loopback". Unset: none (plain http on localhost).
      TRUSTED_PROXIES: envField.string({ context: "server", access: "secret", optional: true }),
      // Shared counters for the sign-in and sign-up throttles across site processes; memory when unset.
      REDIS_URL: envField.string({ context: "server", access: "secret", optional: true }),
      // Signs the order-access cookie (which orders this browser placed, features/orders); without
      // it each server process uses a random key of its own (set it when running several instances).
      CONSUMER_COOKIE_SECRET: envField.string({ context: "server", access: "secret", optional: true }),
      // Signs /preview/... links to drafts; outside production a development default applies.
      CONTENT_PREVIEW_SECRET: envField.string({ context: "server", access: "secret", optional: true }),
      // The content folder the live collections read (src/live.config.ts), read when the server starts.
      HC_CONTENT_DIR: envField.string({ context: "server", access: "secret", optional: true, default: CONTENT_DIR }),
    },
  },
});
