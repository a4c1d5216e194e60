/**
 * Who may keep a copy of a page. A page for a visitor who brings no cookie and gets none — no
 * session, no cart, no chosen country, nothing remembered — is the same for every such visitor
 * (per URL and browser language): a CDN may share it for a minute and serve it stale for five more
 * while it fetches a fresh one (`public, max-age=0, s-maxage=60, stale-while-revalidate=300`;
 * browsers still ask each time). Every other page may show someone's cart, name or country and is
 * `private, no-cache`. Only the paths `isShareable` names (catalog, product, content pages) are
 * ever shared, only GET answers 200 with HTML, and an answer that already says how to cache it
 * (sitemap, robots, assets, JSON) keeps its own header.
 *
 * The region of a cookieless visitor follows `Accept-Language` (the consumer site's first guess),
 * so shared answers `Vary` on it; compression adds `Accept-Encoding`.
 */
import type { MiddlewareHandler } from "astro";

export const SHARED_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
export const PRIVATE_PAGE_CACHE_CONTROL = "private, no-cache";

export interface PageCachingOptions {
  /** Paths whose pages are the same for every visitor without cookies (e.g. catalog and content). */
  isShareable(pathname: string): boolean;
  /** Request headers a shared page depends on besides the URL (default: Accept-Language). */
  vary?: string[];
}

/** Adds `names` to the response's `Vary` (once each). */
function addVary(headers: Headers, names: string[]): void {
  const present = (headers.get("vary") ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const lower = new Set(present.map((name) => name.toLowerCase()));
  const all = [...present, ...names.filter((name) => !lower.has(name.toLowerCase()))];
  if (all.length) headers.set("vary", all.join(", "));
}

export function pageCaching({ isShareable, vary = ["Accept-Language"] }: PageCachingOptions): MiddlewareHandler {
  return async (context, next) => {
    const response = await next();
    const type = response.headers.get("content-type") ?? "";
    if (!/^text\/html/i.test(type) || response.headers.has("cache-control")) return response;
    const setsCookie = [...context.cookies.headers()].length > 0 || response.headers.has("set-cookie");
    const shareable =
      context.request.method === "GET" &&
      response.status === 200 &&
      !context.request.headers.get("cookie") &&
      !setsCookie &&
      isShareable(context.url.pathname);
    response.headers.set("cache-control", shareable ? SHARED_PAGE_CACHE_CONTROL : PRIVATE_PAGE_CACHE_CONTROL);
    if (shareable) addVary(response.headers, vary);
    return response;
  };
}
