import { isBackendUnavailable } from "@hybrid/storefront-kit";
import type { MiddlewareHandler } from "astro";
import { unavailableResponse } from "./unavailable";

export const CACHE_CONTROL = "private, no-store";
/** The trade site is for signed-in buyers only: no page of it belongs in a search engine. */
export const ROBOTS_TAG = "noindex, nofollow";

/**
 * Every trade response is private and never stored: pages carry the buyer's prices, and even the
 * sign-in page must not be served from a shared cache to the next person. Every response also
 * tells crawlers not to index it (robots.txt disallows the whole site as well).
 */
export const privateNoStore: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  const mark = (target: Response) => {
    target.headers.set("Cache-Control", CACHE_CONTROL);
    target.headers.set("X-Robots-Tag", ROBOTS_TAG);
    return target;
  };
  try {
    return mark(response);
  } catch {
    // Response.redirect() and fetch() responses have immutable headers: copy into a new one.
    return mark(new Response(response.body, response));
  }
};

/**
 * Turns "backend unreachable" anywhere below (session lookup, page data) into the 503 page instead
 * of a stack trace. Other errors propagate to Astro's 500 page.
 */
export const backendUnavailable: MiddlewareHandler = async (context, next) => {
  try {
    return await next();
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.error(`[trade] ${context.request.method} ${context.url.pathname}: ${(error as Error).message}`);
    return unavailableResponse();
  }
};
