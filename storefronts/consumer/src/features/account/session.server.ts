/**
 * The consumer session: the kit's session cookie for this site (`hc_consumer_session`, httpOnly,
 * as long as the token lives), the signed-in customer in `Astro.locals`, and what signing in and
 * out does to the cart (the guest cart joins the customer's cart, which follows the person).
 */
import { isBackendRequestError, siteCookies, type AccountProfile, type CookieJar } from "@hybrid/storefront-kit";
import { isExpired, sessionCookie } from "@hybrid/storefront-kit/session.ts";
import { defineMiddleware } from "astro:middleware";
import { backend, SITE } from "../../lib/backend";

export const session = sessionCookie(SITE);

type Accounts = { account: Pick<typeof backend.account, "me" | "currentCart" | "mergeCart"> };

/**
 * Sets `locals.customer` / `locals.sessionToken` from the session cookie; the backend is asked on
 * every request, so a deleted account or a revoked token signs the browser out at once (the cookie
 * is cleared).
 */
export function createSessionMiddleware(client: Accounts = backend) {
  return defineMiddleware(async (context, next) => {
    context.locals.customer = null;
    context.locals.sessionToken = null;
    const token = session.read(context.cookies, context.url);
    if (!token) {
      if (session.present(context.cookies)) session.clear(context.cookies, context.url);
      return next();
    }
    let customer: AccountProfile | null = null;
    if (!isExpired(token)) {
      try {
        customer = await client.account.me(token);
      } catch (error) {
        if (!isBackendRequestError(error) || (error.status !== 401 && error.status !== 403)) throw error;
      }
    }
    if (customer) {
      context.locals.customer = customer;
      context.locals.sessionToken = token;
    } else {
      session.clear(context.cookies, context.url);
      siteCookies(SITE, context.cookies, context.url).cart.clear();
    }
    return next();
  });
}

/**
 * Keeps the token in the session cookie and brings the carts together: a guest cart this browser
 * holds merges into the customer's cart (the backend keeps the customer's cart for the person, so
 * a second browser finds it); without a guest cart the customer's current cart is picked up.
 */
export async function startSession(client: Accounts, cookies: CookieJar, url: URL, token: string): Promise<void> {
  session.write(cookies, url, token);
  const cart = siteCookies(SITE, cookies, url).cart;
  const guestCart = cart.get();
  let keep: string | null = null;
  try {
    keep = guestCart ? await client.account.mergeCart(token, guestCart) : await client.account.currentCart(token);
  } catch (error) {
    // A guest cart that is gone or already ordered: fall back to the customer's own.
    if (!isBackendRequestError(error) && !(error instanceof Error && error.name === "NotFoundError")) throw error;
    keep = await client.account.currentCart(token);
  }
  if (keep) cart.set(keep);
  else cart.clear();
}

/** Signs the browser out: the token is revoked on the backend, then the session and cart cookies go. */
export async function endSession(
  client: { auth: Pick<typeof backend.auth, "signOut"> },
  cookies: CookieJar,
  url: URL,
): Promise<void> {
  const token = session.read(cookies, url);
  if (token) {
    await client.auth.signOut(token).catch(() => undefined);
  }
  session.clear(cookies, url);
  siteCookies(SITE, cookies, url).cart.clear();
}

/** The sign-in URL that brings the visitor back here, for pages that need an account. */
export function signInRedirect(url: URL): string {
  return `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`;
}
