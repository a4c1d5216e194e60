/**
 * Which orders this browser may see on /order/confirmed/:id. An order id alone is no proof of
 * anything (it shows up in links, screenshots, support mails), so placing an order records its id
 * in a signed, httpOnly cookie (`hc_consumer_orders`); the confirmation page shows an order only
 * when that cookie lists it, and answers 404 otherwise, exactly as for an unknown id.
 *
 * The value is `<id>~<id>….<signature>`: the newest `MAX_ORDERS` order ids and an HMAC-SHA256 of
 * them under the site's key, so the list can be neither forged nor extended by hand. Pure
 * functions here; the cookie and key live in order-access.server.ts.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const ORDER_ACCESS_COOKIE = "hc_consumer_orders";
/** How many recent orders one browser keeps access to. */
export const MAX_ORDERS = 10;
/** 30 days: long enough to come back to the confirmation from the order email. */
export const ORDER_ACCESS_MAX_AGE = 30 * 24 * 60 * 60;

const ORDER_ID = /^order_[A-Za-z0-9]{10,64}$/;
const SEPARATOR = "~";

export function isOrderId(value: string): boolean {
  return ORDER_ID.test(value);
}

function signature(ids: readonly string[], key: string): string {
  return createHmac("sha256", key)
    .update(`orders:${ids.join(SEPARATOR)}`)
    .digest("base64url");
}

/** The cookie value listing `ids` (newest first, at most MAX_ORDERS, only well-formed ids). */
export function signOrderList(ids: readonly string[], key: string): string {
  const kept = [...new Set(ids.filter(isOrderId))].slice(0, MAX_ORDERS);
  return `${kept.join(SEPARATOR)}.${signature(kept, key)}`;
}

/** The ids a cookie value lists, or [] when it is absent, malformed or not signed with `key`. */
export function readOrderList(value: string | undefined, key: string): string[] {
  if (!value || value.length > 2048) return [];
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return [];
  const ids = value.slice(0, dot).split(SEPARATOR);
  if (ids.length > MAX_ORDERS || !ids.every(isOrderId)) return [];
  const expected = Buffer.from(signature(ids, key));
  const given = Buffer.from(value.slice(dot + 1));
  return given.length === expected.length && timingSafeEqual(given, expected) ? ids : [];
}

/** The list after placing `orderId`: it first, the older ones after it. */
export function withOrder(ids: readonly string[], orderId: string): string[] {
  return [orderId, ...ids.filter((id) => id !== orderId)].slice(0, MAX_ORDERS);
}
