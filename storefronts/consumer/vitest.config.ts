/// <reference types="vitest/config" />
// getViteConfig: tests can import astro/zod and render .astro components with the container API.
import { getViteConfig } from "astro/config";

// Test files share one module graph per worker (isolate: false): importing the modules once, not
// once per file, is most of the run's time. A file that replaces a module with vi.mock keeps a
// fresh graph of its own, so the replacement cannot leak into other files.
const MOCKING = ["src/features/cart/cart.server.test.ts"];

export default getViteConfig({
  // Vite warns about every js-sdk file whose source map points at unshipped sources; tests only need errors.
  logLevel: "error",
  test: {
    environment: "node",
    // CI runs these beside the typecheck and both test suites on two cores: a CPU-bound test (the
    // redirect fuzzing, say) can take several times its usual second there.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: "mocking", include: MOCKING } },
    ],
  },
});
