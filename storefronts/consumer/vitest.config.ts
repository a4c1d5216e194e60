/// <reference types="vitest/config" />
// getViteConfig: tests can import astro/zod and render .astro components with the container API.
import { getViteConfig } from "astro/config";

export default getViteConfig({
  // Vite warns about every js-sdk file whose source map points at unshipped sources; tests only need errors.
  logLevel: "error",
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
