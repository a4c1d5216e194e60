/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// getViteConfig gives tests the same .astro compiler and virtual modules (astro:env, astro:content)
// the site uses, so components render through the container API exactly as in the app.
export default getViteConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
