import { BackendUnavailableError, resolveRegion, siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import type { MiddlewareHandler } from "astro";

/**
 * Sets `locals.region` and `locals.countries` for signed-in buyers (anonymous visitors never see
 * a price). The region follows the buyer's chosen country (`hc_trade_region`); until they choose,
 * prices are for the roaster's home market (the kit's FALLBACK_COUNTRY), deliberately not for the
 * browser's languages: a trade price list should not change with whoever's browser opens it.
 */
export function regionMiddleware(client: Pick<StorefrontClient, "regions">): MiddlewareHandler {
  return async (context, next) => {
    context.locals.region = null;
    context.locals.countries = [];
    if (!context.locals.buyer) return next();
    const resolved = resolveRegion(await client.regions.list(), {
      chosen: siteCookies("trade", context.cookies, context.url).region.get(),
    });
    if (!resolved) throw new BackendUnavailableError("The backend has no region with a country");
    context.locals.region = resolved.region;
    context.locals.countries = resolved.countries;
    return next();
  };
}
