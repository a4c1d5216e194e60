/**
 * How every resource module reaches the backend: the js-sdk configured with the channel's key,
 * error translation, one retry after a rejected bootstrap key, and raw store requests.
 */
import Medusa, { FetchError } from "@medusajs/js-sdk";
import { BackendRequestError } from "../errors";
import { forgetPublishableKey, normalizeBaseUrl, resolvePublishableKey, type Channel } from "./publishable-key";
import { isRejectedPublishableKey, translateError } from "./translate-error";

export interface StorefrontClientOptions {
  /** Backend origin, e.g. http://localhost:9000 (no trailing path needed). */
  baseUrl: string;
  /** Which sales channel's publishable key to use. */
  channel: Channel;
  /** Fixed publishable key (e.g. from env MEDUSA_PUBLISHABLE_KEY); skips the bootstrap lookup. */
  publishableKey?: string;
  /** How long the bootstrap lookup may take before the backend counts as unavailable. Default 5000 ms. */
  bootstrapTimeoutMs?: number;
  /**
   * Whether the backend may compress its answers (it does when asked, see the backend's
   * `resolveCompression`). Default: only when the backend is on another machine; on loopback the
   * encoding and decoding only cost CPU, so the client sends `x-no-compression`.
   */
  compressedAnswers?: boolean;
  /** Wait before sending a request again that the backend answered 409 `try_again`. Default 1000 ms (its Retry-After). */
  retryDelayMs?: number;
}

/** Whether a URL names this machine (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "::1";
}

/** Headers sent with every backend request of a client made with these options. */
export function clientHeaders(
  options: Pick<StorefrontClientOptions, "baseUrl" | "compressedAnswers">,
): Record<string, string> {
  const compressed = options.compressedAnswers ?? !isLoopbackUrl(options.baseUrl);
  return compressed ? {} : { "x-no-compression": "1" };
}

/**
 * Per-request options. `token` is the signed-in customer's JWT; omit for guests. `forwardedFor`
 * is the visitor's address, sent as `X-Forwarded-For` on requests the backend throttles per
 * address (sign-in, applications, invites), so it counts the visitor rather than the site's
 * server; the backend believes it only from a proxy it trusts (its TRUST_PROXY setting).
 */
export interface RequestOptions {
  token?: string;
  forwardedFor?: string;
}

/** Request headers for a token and a forwarded visitor address; none for a guest without one. */
export function requestHeaders(options: RequestOptions): Record<string, string> | undefined {
  const headers = {
    ...bearer(options.token),
    ...(options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {}),
  };
  return Object.keys(headers).length ? headers : undefined;
}

/** Options of `requestWithErrorBody`. */
export interface RawRequestInit extends RequestOptions {
  method?: "GET" | "POST" | "DELETE";
  query?: Record<string, unknown>;
  body?: unknown;
}

/** The `Authorization` header for a customer token; none for guests. */
export function bearer(token?: string): Record<string, string> | undefined {
  return token ? { authorization: `Bearer ${token}` } : undefined;
}

/** Scalars as `name=value`, arrays as repeated `name=value`; null and undefined are left out. */
function appendQuery(params: URLSearchParams, query: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === null || item === undefined) continue;
      params.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
}

/**
 * A loader whose result is kept for `ttlMs` (reference data, not user data). A failed load is
 * dropped, so the next call tries again.
 */
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let slot: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (slot && Date.now() - slot.at < ttlMs) return slot.value;
    const value = load();
    slot = { at: Date.now(), value };
    value.catch(() => {
      slot = null;
    });
    return value;
  };
}

export type Transport = ReturnType<typeof createTransport>;

/** The per-client plumbing the resource modules share. One per `createStorefrontClient`. */
export function createTransport(options: StorefrontClientOptions) {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const { channel } = options;
  const globalHeaders = clientHeaders(options);
  let sdkFor: { key: string; sdk: Medusa } | null = null;

  async function publishableKey(): Promise<string> {
    return options.publishableKey ?? (await resolvePublishableKey(baseUrl, channel, options.bootstrapTimeoutMs));
  }

  async function sdk(): Promise<Medusa> {
    const key = await publishableKey();
    if (!sdkFor || sdkFor.key !== key) {
      sdkFor = {
        key,
        sdk: new Medusa({
          baseUrl,
          publishableKey: key,
          globalHeaders,
          auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
        }),
      };
    }
    return sdkFor.sdk;
  }

  /** Run one backend attempt with error translation and one retry after a rejected bootstrap key. */
  async function withKeyRetry<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (raw) {
      const error = translateError(raw);
      if (!options.publishableKey && isRejectedPublishableKey(error)) {
        forgetPublishableKey(baseUrl, channel);
        try {
          return await attempt();
        } catch (retryRaw) {
          throw translateError(retryRaw);
        }
      }
      throw error;
    }
  }

  /** One js-sdk call with the channel's key, error translation and the key retry. */
  function call<T>(run: (sdk: Medusa) => Promise<T>): Promise<T> {
    return withKeyRetry(async () => run(await sdk()));
  }

  /** One store request with the platform's fetch, keeping a refused request's JSON body. */
  async function fetchKeepingErrorBody<T>(path: string, init: RawRequestInit): Promise<T> {
    const key = await publishableKey();
    const url = new URL(`${baseUrl}/${path.replace(/^\/+/, "")}`);
    appendQuery(url.searchParams, init.query);
    const headers: Record<string, string> = {
      ...globalHeaders,
      accept: "application/json",
      "x-publishable-api-key": key,
      ...requestHeaders(init),
    };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(url, {
      method: init.method ?? "GET",
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    if (response.ok) return (await response.json()) as T;
    const body = (await response.json().catch(() => undefined)) as { message?: unknown } | undefined;
    const message = typeof body?.message === "string" && body.message ? body.message : response.statusText;
    const translated = translateError(new FetchError(message, response.statusText, response.status));
    if (translated instanceof BackendRequestError) {
      throw new BackendRequestError(translated.message, translated.status, { cause: translated.cause, body });
    }
    throw translated;
  }

  return {
    baseUrl,
    channel,
    call,

    /**
     * Raw store request for routes the typed helpers do not cover (e.g. `/store/price-tiers`,
     * `/store/trade/me`). Adds the publishable key, the bearer token and error translation.
     */
    request<T>(
      path: string,
      init: {
        method?: "GET" | "POST" | "DELETE";
        query?: Record<string, unknown>;
        body?: unknown;
      } & RequestOptions = {},
    ): Promise<T> {
      const { token, forwardedFor, ...rest } = init;
      return call((s) =>
        s.client.fetch<T>(path, { ...rest, headers: requestHeaders({ token, forwardedFor }) } as never),
      );
    },

    /**
     * Like `request`, but a refused request (4xx other than 404) throws a `BackendRequestError`
     * whose `body` is the backend's whole JSON error body: the js-sdk keeps only `message`. For
     * routes that answer structured errors, e.g. the per-line `errors` of a bulk add. Arrays in
     * `query` are sent as repeated parameters (`variant_id=a&variant_id=b`).
     */
    requestWithErrorBody<T>(path: string, init: RawRequestInit = {}): Promise<T> {
      return withKeyRetry(() => fetchKeepingErrorBody<T>(path, init));
    },
  };
}
