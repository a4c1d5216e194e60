import { defineConfig } from "vitest/config";

// Passwords are hashed with scrypt at log2(N) = 10 instead of Medusa's 15 (backend's
// HC_PASSWORD_HASH_COST): ~3 ms a hash instead of ~200 ms of a core, for the suites' thousands of
// registrations and sign-ins. Read by the provisioning and the backends the suite starts.
process.env.HC_PASSWORD_HASH_COST ??= "10";

// End-to-end suites: one platform (throwaway database, built backend, both storefronts) is booted
// by the globalSetup and shared by every spec through inject("platform"). Run after `npm run build`.
export default defineConfig({
  test: {
    include: [
      "storefronts/*/e2e/**/*.e2e.ts",
      "plugins/*/e2e/**/*.e2e.ts",
      "backend/e2e/**/*.e2e.ts",
      "tooling/platform/e2e/**/*.e2e.ts",
    ],
    // The JSON report lets CI print the failed tests last (scripts/test-failures.mjs).
    reporters: ["default", "json"],
    outputFile: { json: ".data/test-reports/e2e.json" },
    globalSetup: ["./tooling/platform/src/e2e.ts"],
    // One browser-driven spec at a time: they share one platform and two CPU cores.
    fileParallelism: false,
    testTimeout: 60_000,
    // Booting the platform (migrations on an empty database) takes minutes on 2 cores.
    hookTimeout: 600_000,
    teardownTimeout: 120_000,
  },
});
