/**
 * Request pipeline of the consumer site:
 * 0. compressResponses (kit): the answer goes out as Brotli or gzip when the browser asks for it.
 * 0. pageCaching (kit): catalog and content pages of a visitor without cookies may be shared by a
 *    CDN for a minute (stale for five more); every other page is private.
 * 0. inputGuard (kit): NUL characters and malformed percent-encoding in the path, query or form
 *    body answer 400 before anything else runs.
 * 1. the kit's publicOriginMiddleware: the public origin behind a trusted proxy (TRUSTED_PROXIES,
 *    CONSUMER_PUBLIC_URL) and the same-origin check for form posts (403).
 * 1. backendFailures: a page that throws because the backend is unreachable gets the 503 page;
 *    one that throws NotFoundError (unknown product, category, order) gets the 404 page.
 * 2. session: the signed-in customer (if any) in `Astro.locals.customer` (features/account).
 * 3. siteContext: the shopper's region/country, navigation and cart size in `Astro.locals`.
 */
import {
  compressResponses,
  IMAGE_ROUTE,
  pageCaching,
  inputGuard,
  isBackendUnavailable,
  isNotFound,
  proxySettings,
  publicOriginMiddleware,
  resolveRegion,
  siteCookies,
} from "@hybrid/storefront-kit";
import { TRUSTED_PROXIES } from "astro:env/server";
import { defineMiddleware, sequence } from "astro:middleware";
import { createSessionMiddleware } from "./features/account/session.server";
import { CONTENT_IMAGE_ROUTE } from "./features/content/images";
import { cartUnits } from "./features/cart/cart.server";
import { publicOrigin as configuredPublicOrigin } from "./features/seo/site-url.server";
import { loadNavCategories, loadRegions } from "./features/site/site.server";
import { SITE } from "./lib/backend";

/** The page shown (status 503) while the backend is unreachable. It must not call the backend. */
export const UNAVAILABLE_PATH = "/unavailable";

const backendFailures = defineMiddleware(async (context, next) => {
  try {
    return await next();
  } catch (error) {
    if (isBackendUnavailable(error)) {
      console.error(
        `[consumer] backend unavailable while serving ${context.url.pathname}: ${(error as Error).message}`,
      );
      return context.rewrite(UNAVAILABLE_PATH);
    }
    if (isNotFound(error)) {
      // An empty 404 is re-rendered by Astro as src/pages/404.astro.
      return new Response(null, { status: 404 });
    }
    throw error;
  }
});

/** Answered without the backend (no region, navigation or cart needed); the image route fetches only the picture. */
const BACKEND_FREE_PATHS = new Set([UNAVAILABLE_PATH, "/robots.txt", IMAGE_ROUTE]);

/** Content images (features/content/images.ts) are files from the content folder: no backend either. */
const backendFree = (pathname: string) => BACKEND_FREE_PATHS.has(pathname) || pathname.startsWith(CONTENT_IMAGE_ROUTE);

const sessionMiddleware = createSessionMiddleware();
const session = defineMiddleware((context, next) => {
  if (backendFree(context.url.pathname) || context.isPrerendered) {
    context.locals.customer = null;
    context.locals.sessionToken = null;
    return next();
  }
  return sessionMiddleware(context, next);
});

const siteContext = defineMiddleware(async (context, next) => {
  if (backendFree(context.url.pathname) || context.isPrerendered) return next();

  const resolved = resolveRegion(await loadRegions(), {
    chosen: siteCookies(SITE, context.cookies, context.url).region.get(),
    acceptLanguage: context.request.headers.get("accept-language"),
  });
  if (!resolved) throw new Error("The backend has no regions with countries; run the seed");

  const { region, countries } = resolved;
  context.locals.region = region;
  context.locals.countries = countries;
  const [categories, cartCount] = await Promise.all([loadNavCategories(), cartUnits(context)]);
  context.locals.categories = categories;
  context.locals.cartCount = cartCount;
  return next();
});

const publicOrigin = publicOriginMiddleware(
  proxySettings({
    publicUrl: configuredPublicOrigin(),
    publicUrlVariable: "CONSUMER_PUBLIC_URL",
    trustedProxies: TRUSTED_PROXIES,
  }),
);

/** Pages that are the same for every visitor without cookies: home, catalog, search and content. */
const SHAREABLE_PAGES = [/^\/$/, /^\/(categories|products|pages)\/[^/]+\/?$/, /^\/search\/?$/];
const caching = pageCaching({ isShareable: (path) => SHAREABLE_PAGES.some((pattern) => pattern.test(path)) });

export const onRequest = sequence(
  compressResponses,
  caching,
  inputGuard,
  publicOrigin,
  backendFailures,
  session,
  siteContext,
);
