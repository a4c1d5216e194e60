/**
 * The trade session: the kit's session cookie (`@hybrid/storefront-kit/session.ts`) for the trade
 * site, `hc_trade_session`, holding the customer's Medusa JWT for exactly as long as it lives.
 */
import { cookieName, type CookieJar } from "@hybrid/storefront-kit";
import { sessionCookie } from "@hybrid/storefront-kit/session.ts";

export {
  DEFAULT_SESSION_SECONDS,
  MAX_SESSION_SECONDS,
  isExpired,
  jwtExpiry,
  looksLikeJwt,
  sessionMaxAge,
} from "@hybrid/storefront-kit/session.ts";

export const SESSION_COOKIE = cookieName("trade", "session");

const session = sessionCookie("trade");

/** The token from the request's cookie, or undefined when absent or malformed. */
export const readSessionToken = (cookies: CookieJar, url: URL): string | undefined => session.read(cookies, url);

/** True when the request carried a session cookie at all (valid or not), so it can be cleared. */
export const hasSessionCookie = (cookies: CookieJar): boolean => session.present(cookies);

export const writeSessionToken = (cookies: CookieJar, url: URL, token: string, nowMs: number = Date.now()): void =>
  session.write(cookies, url, token, nowMs);

export const clearSessionToken = (cookies: CookieJar, url: URL): void => session.clear(cookies, url);
