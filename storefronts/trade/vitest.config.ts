/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// getViteConfig gives tests the same .astro compiler and virtual modules (astro:env, astro:content)
// the site uses, so components render through the container API exactly as in the app.
//
// Most test files share one module graph per worker (isolate: false): importing the site's modules
// once instead of once per file is most of the run's time. The page tests replace the site's
// backend client with vi.mock, which a shared module graph would leak into other files: they keep
// a fresh graph each.
const MOCKING = ["src/test/pages/**/*.test.ts"];

export default getViteConfig({
  test: {
    environment: "node",
    // CI runs these beside the typecheck and both test suites on two cores: a CPU-bound test (the
    // redirect fuzzing, say) can take several times its usual second there.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: "pages", include: MOCKING } },
    ],
  },
});
