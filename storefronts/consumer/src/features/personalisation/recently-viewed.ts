/**
 * Recently viewed products, kept in the shopper's browser only (written there: recent-cookie.ts): the cookie `hc_consumer_recent`
 * holds up to RECENT_LIMIT product handles, most recent first, comma-separated. No account, no
 * server state. The value is only ever a list of handles: anything else in it is dropped, and the
 * products shown are read through the consumer channel, so a tampered cookie can at most name
 * products the shopper could open anyway.
 */
import { HANDLE_PATTERN } from "@hybrid/content/schemas.ts";

import { RECENT_LIMIT } from "./recent-cookie";

export { RECENT_COOKIE, RECENT_LIMIT, RECENT_MAX_AGE_S } from "./recent-cookie";

/** The handles in a cookie value, valid and distinct, at most RECENT_LIMIT. */
export function parseRecent(value: string | undefined | null): string[] {
  if (!value) return [];
  const handles: string[] = [];
  for (const part of value.split(",")) {
    const handle = part.trim();
    if (handle.length <= 120 && HANDLE_PATTERN.test(handle) && !handles.includes(handle)) handles.push(handle);
    if (handles.length === RECENT_LIMIT) break;
  }
  return handles;
}
