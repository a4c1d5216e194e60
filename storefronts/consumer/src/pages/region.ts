/**
 * POST /region: the header's "Deliver to" form. Stores the country in `hc_consumer_region`,
 * moves an open cart to the country's region, and sends the shopper back where they were.
 */
import { regionForCountry, safeLocalPath, siteCookies } from "@hybrid/storefront-kit";
import type { APIRoute } from "astro";
import { loadCart, moveCartToRegion } from "../features/cart/cart.server";
import { loadRegions } from "../features/site/site.server";
import { SITE } from "../lib/backend";
import { readForm } from "../lib/forms";

export const POST: APIRoute = async (context) => {
  const form = await readForm(context.request);
  const returnTo = safeLocalPath(form?.get("returnTo"));
  const country = String(form?.get("country") ?? "").toLowerCase();
  const region = regionForCountry(await loadRegions(), country);
  if (!region)
    return new Response("We don't deliver to that country.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });

  const cart = await loadCart(context);
  siteCookies(SITE, context.cookies, context.url).region.set(region.countryCode);
  if (cart && (cart.region_id !== region.id || cart.shipping_address?.country_code !== region.countryCode)) {
    await moveCartToRegion(cart.id, region);
  }
  return context.redirect(returnTo, 303);
};

export const GET: APIRoute = ({ redirect }) => redirect("/", 302);
