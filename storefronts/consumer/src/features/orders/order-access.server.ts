/**
 * The order-access cookie of this site (see order-access.ts): granted when an order is placed,
 * checked by /order/confirmed/:id before the order is even fetched.
 *
 * The signing key is CONSUMER_COOKIE_SECRET (read at run time). Without it each server process
 * draws a random key when it starts: nothing to leak or forget to change, at the price that a
 * restart (or a second instance) no longer recognises older cookies, whose owners then get 404 and
 * still have their confirmation email. Set the secret when the site runs as several instances.
 */
import { randomBytes } from "node:crypto";
import { safeCookieOptions, type CookieJar } from "@hybrid/storefront-kit";
import { CONSUMER_COOKIE_SECRET } from "astro:env/server";
import { ORDER_ACCESS_COOKIE, ORDER_ACCESS_MAX_AGE, readOrderList, signOrderList, withOrder } from "./order-access";

const processKey = randomBytes(32).toString("base64url");

function key(): string {
  return CONSUMER_COOKIE_SECRET?.trim() || processKey;
}

type RequestContext = { cookies: CookieJar; url: URL };

/** Records that this browser placed `orderId` (keeps the older ones it may still see). */
export function grantOrderAccess(ctx: RequestContext, orderId: string): void {
  const current = readOrderList(ctx.cookies.get(ORDER_ACCESS_COOKIE)?.value, key());
  ctx.cookies.set(
    ORDER_ACCESS_COOKIE,
    signOrderList(withOrder(current, orderId), key()),
    safeCookieOptions(ctx.url, ORDER_ACCESS_MAX_AGE),
  );
}

/** Whether this browser placed `orderId` (its signed order-access cookie lists it). */
export function mayViewOrder(ctx: Pick<RequestContext, "cookies">, orderId: string): boolean {
  return readOrderList(ctx.cookies.get(ORDER_ACCESS_COOKIE)?.value, key()).includes(orderId);
}
