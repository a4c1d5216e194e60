/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in trade buyer (Trade customer group confirmed by the backend), or null. */
    buyer: import("./features/session/trade-account").TradeBuyer | null;
    /** The buyer's Medusa JWT for backend calls on their behalf; null when anonymous. */
    sessionToken: string | null;
    /** Where prices are calculated (set for signed-in buyers only). */
    region: import("@hybrid/storefront-kit").ResolvedRegion | null;
    /** Countries the buyer may calculate prices for (empty when anonymous). */
    countries: import("@hybrid/storefront-kit").CountryOption[];
    /**
     * The header's "Approvals" entry for approvers and administrators (set by the middleware for
     * signed-in buyers; never rejects). Absent when nothing set it, e.g. in component tests.
     */
    approvalsNav?: import("./features/approvals/nav").ApprovalsNavLookup;
  }
}

// For plain `tsc` runs (no Astro language server): .astro imports in tests are components.
declare module "*.astro" {
  const component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default component;
}
