import {
  BackendUnavailableError,
  type RegionLike,
  resolveRegion,
  siteCookies,
  type StorefrontClient,
} from "@hybrid/storefront-kit";
import type { TradeBuyer } from "../session/trade-account";
import type { MiddlewareHandler } from "astro";

/**
 * The regions a buyer may price in: a company buys in one currency (the backend refuses its
 * orders, addresses and quotes in any other), so a buyer acting for a company is offered only the
 * countries of regions in that currency; a chosen country of another currency falls back to one
 * of them. Without a company (or a currency no region has): every region.
 */
export function regionsFor<R extends RegionLike>(buyer: Pick<TradeBuyer, "activeCompany"> | null, regions: R[]): R[] {
  const currency = buyer?.activeCompany?.currency_code?.toLowerCase();
  const own = currency ? regions.filter((region) => region.currency_code.toLowerCase() === currency) : [];
  return own.length ? own : regions;
}

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
    const resolved = resolveRegion(regionsFor(context.locals.buyer, await client.regions.list()), {
      chosen: siteCookies("trade", context.cookies, context.url).region.get(),
    });
    if (!resolved) throw new BackendUnavailableError("The backend has no region with a country");
    context.locals.region = resolved.region;
    context.locals.countries = resolved.countries;
    return next();
  };
}
