import type { MiddlewareHandler } from "astro";
import { clearSessionToken, hasSessionCookie, isExpired, readSessionToken } from "./session-cookie";
import { toBuyer, type AccountLookup } from "./trade-account";

/**
 * Sets `locals.buyer` / `locals.sessionToken` from the session cookie. The backend is asked on
 * every request, so a buyer removed from the Trade group loses access immediately. A cookie the
 * backend rejects, an expired token, or a customer without trade access clears the cookie.
 */
export function createSessionMiddleware(lookup: AccountLookup): MiddlewareHandler {
  return async (context, next) => {
    context.locals.buyer = null;
    context.locals.sessionToken = null;

    const token = readSessionToken(context.cookies, context.url);
    if (!token) {
      if (hasSessionCookie(context.cookies)) clearSessionToken(context.cookies, context.url);
      return next();
    }
    const account = isExpired(token) ? null : await lookup(token);
    if (account?.is_trade) {
      context.locals.buyer = toBuyer(account);
      context.locals.sessionToken = token;
    } else {
      clearSessionToken(context.cookies, context.url);
    }
    return next();
  };
}
