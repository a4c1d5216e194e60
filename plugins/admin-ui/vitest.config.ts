import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The Tailwind test scans the whole Medusa dashboard bundle: seconds on a busy 2-core machine.
    testTimeout: 60_000,
  },
})
