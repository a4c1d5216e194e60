// @ts-check
import node from "@astrojs/node";
import { defineConfig, envField } from "astro/config";

export default defineConfig({
  output: "server",
  adapter: node({
    mode: "standalone",
    // Forms here carry an email, a password or a quantity; nothing legitimate comes close.
    bodySizeLimit: 64 * 1024,
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
    },
  },
});
