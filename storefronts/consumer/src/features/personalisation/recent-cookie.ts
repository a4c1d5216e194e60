/**
 * The browser's side of "recently viewed": a product page's script puts the product in front of
 * the `hc_consumer_recent` cookie. Writing it in the browser rather than in the answer keeps a
 * first visitor's product page free of `Set-Cookie`, so a CDN may share it like the catalog
 * pages (kit page-caching.ts). The server reads the cookie (recently-viewed.ts `parseRecent`, which
 * drops anything that is not a product handle) when it renders the next page.
 *
 * No imports: this module is bundled into the page's script.
 */
export const RECENT_COOKIE = "hc_consumer_recent";
export const RECENT_LIMIT = 8;
/** Long enough to come back after a few weeks; a shopper who never returns loses nothing. */
export const RECENT_MAX_AGE_S = 60 * 24 * 60 * 60;

const HANDLE_SHAPE = /^[a-z0-9-]{1,120}$/;

/** The handles in `document.cookie`'s recently-viewed cookie (handle-shaped parts only). */
function currentHandles(documentCookie: string): string[] {
  const pair = documentCookie
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${RECENT_COOKIE}=`));
  const value = pair ? decodeURIComponent(pair.slice(RECENT_COOKIE.length + 1)) : "";
  return value.split(",").filter((handle) => HANDLE_SHAPE.test(handle));
}

/**
 * What to assign to `document.cookie` after a view of `handle`: the handle first, each product
 * once, at most RECENT_LIMIT; site-wide, lax, 60 days, Secure over https.
 */
export function recentCookieAfterView(documentCookie: string, handle: string, secure: boolean): string {
  const viewed = HANDLE_SHAPE.test(handle) ? [handle] : [];
  const handles = [...viewed, ...currentHandles(documentCookie).filter((h) => h !== handle)].slice(0, RECENT_LIMIT);
  return `${RECENT_COOKIE}=${handles.join(",")}; Path=/; Max-Age=${RECENT_MAX_AGE_S}; SameSite=Lax${secure ? "; Secure" : ""}`;
}
