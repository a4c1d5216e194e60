/// <reference types="vitest/config" />
// getViteConfig lets the tests render the .astro primitives through Astro's container API.
import { getViteConfig } from "astro/config";

export default getViteConfig({
  // Vite warns about every js-sdk file whose source map points at unshipped sources; tests only need errors.
  logLevel: "error",
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
