import type { MiddlewareHandler } from "astro";
import { signInUrlFor } from "../session/sign-in-form";

/**
 * Paths an anonymous visitor may request. Everything else (catalog, products, cart, editorial
 * pages, even unknown URLs) needs a signed-in trade buyer, so no trade price and no hint of the
 * trade catalog reaches anyone else.
 */
const PUBLIC_PATHS = new Set([
  "/sign-in",
  "/sign-out",
  "/favicon.svg",
  "/favicon.ico",
  "/robots.txt",
  "/apply",
  "/apply/received",
  "/forgot-password",
  "/reset-password",
]);
/** `/invite/<token>`: an invited employee has no account yet (the token is the credential). */
const PUBLIC_PREFIXES = ["/_astro/", "/invite/"];

export function isPublicPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return PUBLIC_PATHS.has(path) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/** The slug of an editorial page path (`/pages/<slug>`), or null. */
export function pageSlugOf(pathname: string): string | null {
  const match = /^\/pages\/([a-z0-9-]+)\/?$/.exec(pathname);
  return match ? match[1]! : null;
}

/**
 * Anonymous request to a private page -> 303 to /sign-in?next=<the page>. Runs after the session.
 * `publicPages` answers the slugs of the editorial pages anyone may read (the service and legal
 * pages); without it every editorial page is private.
 */
export function authGuard(publicPages?: () => Promise<ReadonlySet<string>>): MiddlewareHandler {
  return async (context, next) => {
    if (context.locals.buyer || isPublicPath(context.url.pathname)) return next();
    const slug = pageSlugOf(context.url.pathname);
    if (slug && publicPages && (await publicPages()).has(slug)) return next();
    return context.redirect(signInUrlFor(context.url), 303);
  };
}
