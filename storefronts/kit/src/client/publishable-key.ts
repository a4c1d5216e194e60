/**
 * The channel's publishable API key, looked up from the backend's bootstrap route. Module scope on
 * purpose: one lookup per (backend, channel) per process, shared by every client of that pair.
 */
import { BackendUnavailableError } from "../errors";

export type Channel = "consumer" | "trade";

const publishableKeys = new Map<string, Promise<string>>();

export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

function keyCacheId(baseUrl: string, channel: Channel): string {
  return `${normalizeBaseUrl(baseUrl)}|${channel}`;
}

/**
 * The channel's publishable key from the backend's bootstrap route. Cached; a failed lookup is not
 * cached, so the next request tries again (the backend may simply not be up yet).
 */
export function resolvePublishableKey(baseUrl: string, channel: Channel, timeoutMs = 5000): Promise<string> {
  const id = keyCacheId(baseUrl, channel);
  let pending = publishableKeys.get(id);
  if (!pending) {
    pending = fetchPublishableKey(baseUrl, channel, timeoutMs);
    publishableKeys.set(id, pending);
    pending.catch(() => {
      if (publishableKeys.get(id) === pending) publishableKeys.delete(id);
    });
  }
  return pending;
}

/** Forget a cached key (after the backend rejected it). */
export function forgetPublishableKey(baseUrl: string, channel: Channel): void {
  publishableKeys.delete(keyCacheId(baseUrl, channel));
}

async function fetchPublishableKey(baseUrl: string, channel: Channel, timeoutMs: number): Promise<string> {
  const url = `${normalizeBaseUrl(baseUrl)}/storefront-bootstrap/${channel}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (cause) {
    throw new BackendUnavailableError(`Cannot reach the backend at ${normalizeBaseUrl(baseUrl)}`, { cause });
  }
  if (!response.ok) {
    throw new BackendUnavailableError(`Backend bootstrap ${url} answered ${response.status}`);
  }
  const body = (await response.json().catch(() => null)) as { publishable_key?: unknown } | null;
  if (!body || typeof body.publishable_key !== "string" || !body.publishable_key) {
    throw new BackendUnavailableError(`Backend bootstrap ${url} returned no publishable_key`);
  }
  return body.publishable_key;
}
