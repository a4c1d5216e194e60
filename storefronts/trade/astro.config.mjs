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
  adapter: node({
    mode: "standalone",
    // The largest legitimate post is quick order: up to 500 typed lines, a pasted list and a CSV
    // file of at most 256 KB (features/quick-order). Anything bigger is refused unread.
    bodySizeLimit: 512 * 1024,
  }),
  server: { port: 4322 },
  // The same-origin check for form posts is the kit's publicOriginMiddleware (first in
  // src/middleware.ts): it compares Origin with the site's public origin behind a trusted proxy
  // (TRUSTED_PROXIES, TRADE_PUBLIC_URL, read at run time), where Astro's own check would compare it
  // with the proxy-facing http URL and refuse every form.
  security: { checkOrigin: false },
  // Product pictures in AVIF/WebP sizes through the kit's /_image endpoint (kit images/config.ts).
  image: storefrontImages,
  env: {
    schema: {
      // "secret" rather than "public": public server variables are inlined at build time, and the
      // platform sets the backend URL when it starts the built server.
      MEDUSA_BACKEND_URL: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        default: "http://localhost:9000",
      }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // The site's public URL; behind a trusted proxy, requests forwarded for exactly this origin are
      // treated as made to it (https: Secure cookies, same-origin form posts). Read at run time.
      TRADE_PUBLIC_URL: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        default: "http://localhost:4322",
        url: true,
      }),
      // Reverse proxies whose X-Forwarded-Proto / X-Forwarded-Host are believed: IP addresses or
      // CIDR ranges, comma-separated, or "loopback". Unset: none (plain http on localhost).
      TRUSTED_PROXIES: envField.string({ context: "server", access: "secret", optional: true }),
      // Shared counters for the sign-in and account-form throttles across site processes; memory when unset.
      REDIS_URL: envField.string({ context: "server", access: "secret", optional: true }),
      // The content folder the live collections read (src/live.config.ts), read when the server starts.
      HC_CONTENT_DIR: envField.string({ context: "server", access: "secret", optional: true, default: CONTENT_DIR }),
    },
  },
});
