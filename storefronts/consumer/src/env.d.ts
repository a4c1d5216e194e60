/// <reference types="astro/client" />

declare namespace App {
  /** Set by src/middleware.ts for every page except the "backend unavailable" page. */
  interface Locals {
    /** The shopper's region and country (cookie hc_consumer_region, else browser languages). */
    region: import("@hybrid/storefront-kit").ResolvedRegion;
    /** Countries offered in the region selector. */
    countries: import("@hybrid/storefront-kit").CountryOption[];
    /** Categories that have consumer products, for navigation. */
    categories: import("./features/site/navigation").NavCategory[];
    /** Units in the shopper's cart (0 without a cart). */
    cartCount: number;
    /** The signed-in customer (session cookie hc_consumer_session), or null for a guest. */
    customer: import("@hybrid/storefront-kit").AccountProfile | null;
    /** The signed-in customer's JWT (server side only), or null. */
    sessionToken: string | null;
  }
}
