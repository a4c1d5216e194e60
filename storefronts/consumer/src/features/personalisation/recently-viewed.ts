/**
 * Recently viewed products, kept in the shopper's browser only: the cookie `hc_consumer_recent`
 * holds up to RECENT_LIMIT product handles, most recent first, comma-separated. No account, no
 * server state. The value is only ever a list of handles: anything else in it is dropped, and the
 * products shown are read through the consumer channel, so a tampered cookie can at most name
 * products the shopper could open anyway.
 */
import { HANDLE_PATTERN } from "@hybrid/content/schemas.ts";

export const RECENT_COOKIE = "hc_consumer_recent";
export const RECENT_LIMIT = 8;
/** Long enough to come back after a few weeks; a shopper who never returns loses nothing. */
export const RECENT_MAX_AGE_S = 60 * 24 * 60 * 60;

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

/** The list after viewing `handle`: it moves to the front, the oldest falls off past the cap. */
export function rememberViewed(recent: readonly string[], handle: string): string[] {
  if (!HANDLE_PATTERN.test(handle)) return [...recent];
  return [handle, ...recent.filter((h) => h !== handle)].slice(0, RECENT_LIMIT);
}

export function serializeRecent(handles: readonly string[]): string {
  return handles.join(",");
}
