// @ts-check
import node from "@astrojs/node";
import { defineConfig, envField } from "astro/config";

export default defineConfig({
  output: "server",
  adapter: node({
    mode: "standalone",
    // The largest legitimate post is quick order: up to 500 typed lines, a pasted list and a CSV
    // file of at most 256 KB (features/quick-order). Anything bigger is refused unread.
    bodySizeLimit: 512 * 1024,
  }),
  server: { port: 4322 },
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
      // Shared counters for the sign-in and account-form throttles across site processes; memory when unset.
      REDIS_URL: envField.string({ context: "server", access: "secret", optional: true }),
    },
  },
});
