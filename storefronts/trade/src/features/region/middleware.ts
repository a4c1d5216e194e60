import { BackendUnavailableError, siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import type { MiddlewareHandler } from "astro";
import { countryChoices, pickRegion } from "./region";

/** Sets `locals.region` for signed-in buyers (anonymous visitors never see a price). */
export function regionMiddleware(client: Pick<StorefrontClient, "regions">): MiddlewareHandler {
  return async (context, next) => {
    context.locals.region = null;
    context.locals.countries = [];
    if (!context.locals.buyer) return next();
    const regions = await client.regions.list();
    const region = pickRegion(regions, siteCookies("trade", context.cookies, context.url).region.get());
    if (!region) throw new BackendUnavailableError("The backend has no region with a country");
    context.locals.region = region;
    context.locals.countries = countryChoices(regions);
    return next();
  };
}
