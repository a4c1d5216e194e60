/**
 * The one wrapper around the Medusa backend both storefronts use.
 *
 * Contract:
 * - One `StorefrontClient` per site process (create it at module scope in the site). It holds no
 *   per-user state: the customer's JWT is passed to each call as `{ token }` and sent as an
 *   `Authorization: Bearer` header on that request only (the js-sdk runs with `nostore`).
 * - The publishable API key is resolved lazily from `GET {baseUrl}/storefront-bootstrap/{channel}`
 *   unless given, cached per (baseUrl, channel) for the life of the process, fetched again after a
 *   failure, and dropped and re-fetched once if the backend rejects it (e.g. after a re-seed).
 * - Failures are translated: unreachable backend or 502/503/504 -> `BackendUnavailableError`;
 *   404 or an unknown handle -> `NotFoundError`; other 4xx -> `BackendRequestError` carrying the
 *   backend's message (safe to show). Anything else is rethrown (a bug; the site's 500 page).
 */
import Medusa, { FetchError } from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";
import { BackendRequestError, BackendUnavailableError, NotFoundError } from "./errors";

export type Channel = "consumer" | "trade";

export interface StorefrontClientOptions {
  /** Backend origin, e.g. http://localhost:9000 (no trailing path needed). */
  baseUrl: string;
  /** Which sales channel's publishable key to use. */
  channel: Channel;
  /** Fixed publishable key (e.g. from env MEDUSA_PUBLISHABLE_KEY); skips the bootstrap lookup. */
  publishableKey?: string;
  /** How long the bootstrap lookup may take before the backend counts as unavailable. Default 5000 ms. */
  bootstrapTimeoutMs?: number;
}

/** Per-request options. `token` is the signed-in customer's JWT; omit for guests. */
export interface RequestOptions {
  token?: string;
}

/** Pricing context for product reads: prices are calculated for this region and country (taxes). */
export interface PriceContext extends RequestOptions {
  regionId: string;
  countryCode: string;
}

export interface ProductListParams extends PriceContext {
  categoryId?: string;
  /** Medusa `fields` expression; defaults to PRODUCT_FIELDS. */
  fields?: string;
  /** Medusa `order` field, e.g. "title", "-created_at". Price order is not supported by the backend. */
  order?: string;
  limit?: number;
  offset?: number;
  handles?: string[];
}

export type CompleteCartResult =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string; name?: string; type?: string } };

/** Product fields every storefront needs: prices for the context, stock, options, images, categories. */
export const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,*variants.options,*options,*options.values,*images,*categories";

/**
 * Cart fields on top of Medusa's defaults (which include all totals): line items with their tax
 * lines, addresses, shipping methods and payment sessions (what checkout steps check).
 */
export const CART_FIELDS =
  "*items,*items.tax_lines,*shipping_address,*billing_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions";

const REGIONS_TTL_MS = 60_000;
const CATEGORIES_TTL_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// Publishable key resolution (module scope: one lookup per backend + channel per process).
// ---------------------------------------------------------------------------------------------

const publishableKeys = new Map<string, Promise<string>>();

function keyCacheId(baseUrl: string, channel: Channel): string {
  return `${normalizeBaseUrl(baseUrl)}|${channel}`;
}

function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
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

// ---------------------------------------------------------------------------------------------
// Error translation
// ---------------------------------------------------------------------------------------------

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** Map a js-sdk / fetch failure to the kit's error types (see the module docblock). */
export function translateError(error: unknown): unknown {
  if (error instanceof BackendUnavailableError || error instanceof NotFoundError || error instanceof BackendRequestError) {
    return error;
  }
  if (error instanceof FetchError || (error as { name?: string } | null)?.name === "FetchError") {
    const { status, message } = error as FetchError;
    if (status === 404) return new NotFoundError(message || "Not found", { cause: error });
    if (status === undefined || UNAVAILABLE_STATUSES.has(status)) {
      return new BackendUnavailableError(message || "The commerce backend is unavailable", { cause: error });
    }
    if (status >= 400 && status < 500) return new BackendRequestError(message || `Request failed (${status})`, status, { cause: error });
    return error;
  }
  if (isNetworkFailure(error)) {
    return new BackendUnavailableError("The commerce backend is unreachable", { cause: error });
  }
  return error;
}

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "AbortError" || error.name === "TimeoutError") return true;
  // undici: TypeError("fetch failed") with a cause such as ECONNREFUSED / ENOTFOUND / UND_ERR_SOCKET.
  return error instanceof TypeError && /fetch failed|network/i.test(error.message);
}

function isRejectedPublishableKey(error: unknown): boolean {
  return (
    error instanceof BackendRequestError &&
    (error.status === 400 || error.status === 401) &&
    /publishable/i.test(error.message)
  );
}

/** Options of `requestWithErrorBody`. */
export interface RawRequestInit extends RequestOptions {
  method?: "GET" | "POST" | "DELETE";
  query?: Record<string, unknown>;
  body?: unknown;
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

function bearer(token?: string): Record<string, string> | undefined {
  return token ? { authorization: `Bearer ${token}` } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------------------------------

export type StorefrontClient = ReturnType<typeof createStorefrontClient>;

/** Create the backend client for one site. Call once per process (module scope). */
export function createStorefrontClient(options: StorefrontClientOptions) {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const { channel } = options;
  let sdkFor: { key: string; sdk: Medusa } | null = null;
  let regionsCache: { at: number; value: Promise<HttpTypes.StoreRegion[]> } | null = null;
  let categoriesCache: { at: number; value: Promise<HttpTypes.StoreProductCategory[]> } | null = null;

  async function sdk(): Promise<Medusa> {
    const key = options.publishableKey ?? (await resolvePublishableKey(baseUrl, channel, options.bootstrapTimeoutMs));
    if (!sdkFor || sdkFor.key !== key) {
      sdkFor = {
        key,
        sdk: new Medusa({ baseUrl, publishableKey: key, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } }),
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

  function call<T>(run: (sdk: Medusa) => Promise<T>): Promise<T> {
    return withKeyRetry(async () => run(await sdk()));
  }

  /** One store request with the platform's fetch, keeping a refused request's JSON body. */
  async function fetchKeepingErrorBody<T>(path: string, init: RawRequestInit): Promise<T> {
    const key = options.publishableKey ?? (await resolvePublishableKey(baseUrl, channel, options.bootstrapTimeoutMs));
    const url = new URL(`${baseUrl}/${path.replace(/^\/+/, "")}`);
    appendQuery(url.searchParams, init.query);
    const headers: Record<string, string> = { accept: "application/json", "x-publishable-api-key": key, ...bearer(init.token) };
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

  function cached<T>(
    slot: { at: number; value: Promise<T> } | null,
    ttl: number,
    load: () => Promise<T>,
    store: (s: { at: number; value: Promise<T> } | null) => void,
  ): Promise<T> {
    if (slot && Date.now() - slot.at < ttl) return slot.value;
    const value = load();
    const entry = { at: Date.now(), value };
    store(entry);
    value.catch(() => store(null));
    return value;
  }

  return {
    channel,
    baseUrl,

    /**
     * Raw store request for routes the typed helpers do not cover (e.g. `/store/price-tiers`,
     * `/store/trade/me`). Adds the publishable key, the bearer token and error translation.
     */
    request<T>(path: string, init: { method?: "GET" | "POST" | "DELETE"; query?: Record<string, unknown>; body?: unknown } & RequestOptions = {}): Promise<T> {
      const { token, ...rest } = init;
      return call((s) => s.client.fetch<T>(path, { ...rest, headers: bearer(token) } as never));
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

    regions: {
      /** All regions with their countries. Cached for a minute (not user data). */
      list(): Promise<HttpTypes.StoreRegion[]> {
        return cached(
          regionsCache,
          REGIONS_TTL_MS,
          () => call((s) => s.store.region.list({ fields: "*countries", limit: 50 })).then((r) => r.regions),
          (entry) => (regionsCache = entry),
        );
      },
    },

    products: {
      /** Products of this channel with calculated prices for the context. */
      async list(params: ProductListParams): Promise<{ products: HttpTypes.StoreProduct[]; count: number }> {
        const { token, regionId, countryCode, categoryId, order, limit = 12, offset = 0, handles, fields = PRODUCT_FIELDS } = params;
        const query: HttpTypes.StoreProductListParams = {
          region_id: regionId,
          country_code: countryCode,
          fields,
          limit,
          offset,
          ...(order ? { order } : {}),
          ...(categoryId ? { category_id: [categoryId] } : {}),
          ...(handles?.length ? { handle: handles } : {}),
        } as HttpTypes.StoreProductListParams;
        const result = await call((s) => s.store.product.list(query, bearer(token)));
        return { products: result.products, count: result.count };
      },

      /** One product by handle, priced for the context. Unknown handle -> NotFoundError. */
      async byHandle(handle: string, context: PriceContext): Promise<HttpTypes.StoreProduct> {
        const result = await call((s) =>
          s.store.product.list(
            {
              handle,
              region_id: context.regionId,
              country_code: context.countryCode,
              fields: PRODUCT_FIELDS,
              limit: 1,
            } as HttpTypes.StoreProductListParams,
            bearer(context.token),
          ),
        );
        const product = result.products[0];
        if (!product) throw new NotFoundError(`No product with handle "${handle}"`);
        return product;
      },
    },

    categories: {
      /** All active, public categories. Cached for a minute. */
      list(): Promise<HttpTypes.StoreProductCategory[]> {
        return cached(
          categoriesCache,
          CATEGORIES_TTL_MS,
          () =>
            call((s) => s.store.category.list({ limit: 100, fields: "id,name,handle,description,rank,parent_category_id" })).then(
              (r) => r.product_categories,
            ),
          (entry) => (categoriesCache = entry),
        );
      },

      /** One category by handle. Unknown handle -> NotFoundError. */
      async byHandle(handle: string): Promise<HttpTypes.StoreProductCategory> {
        const all = await this.list();
        const category = all.find((c) => c.handle === handle);
        if (!category) throw new NotFoundError(`No category with handle "${handle}"`);
        return category;
      },
    },

    carts: {
      /**
       * A new cart in the region. Pass `countryCode` so the backend can compute taxes (and so
       * tax-inclusive totals) before the shopper enters an address.
       */
      async create(regionId: string, opts: RequestOptions & { countryCode?: string } = {}): Promise<HttpTypes.StoreCart> {
        const body: HttpTypes.StoreCreateCart = {
          region_id: regionId,
          ...(opts.countryCode ? { shipping_address: { country_code: opts.countryCode } } : {}),
        };
        const r = await call((s) => s.store.cart.create(body, { fields: CART_FIELDS }, bearer(opts.token)));
        return r.cart;
      },
      /** The cart, or NotFoundError when it no longer exists. `fields` replaces CART_FIELDS (e.g. a cheap item count). */
      async get(cartId: string, opts: RequestOptions & { fields?: string } = {}): Promise<HttpTypes.StoreCart> {
        const r = await call((s) => s.store.cart.retrieve(cartId, { fields: opts.fields ?? CART_FIELDS }, bearer(opts.token)));
        return r.cart;
      },
      async update(cartId: string, body: HttpTypes.StoreUpdateCart, opts: RequestOptions = {}): Promise<HttpTypes.StoreCart> {
        const r = await call((s) => s.store.cart.update(cartId, body, { fields: CART_FIELDS }, bearer(opts.token)));
        return r.cart;
      },
      async addItem(cartId: string, item: { variantId: string; quantity: number }, opts: RequestOptions = {}): Promise<HttpTypes.StoreCart> {
        const r = await call((s) =>
          s.store.cart.createLineItem(cartId, { variant_id: item.variantId, quantity: item.quantity }, { fields: CART_FIELDS }, bearer(opts.token)),
        );
        return r.cart;
      },
      async updateItem(cartId: string, lineItemId: string, quantity: number, opts: RequestOptions = {}): Promise<HttpTypes.StoreCart> {
        const r = await call((s) => s.store.cart.updateLineItem(cartId, lineItemId, { quantity }, { fields: CART_FIELDS }, bearer(opts.token)));
        return r.cart;
      },
      async removeItem(cartId: string, lineItemId: string, opts: RequestOptions = {}): Promise<void> {
        await call((s) => s.store.cart.deleteLineItem(cartId, lineItemId, undefined, bearer(opts.token)));
      },
    },

    checkout: {
      /** Payment providers enabled in the region (e.g. `pp_system_default`). */
      async paymentProviders(regionId: string, opts: RequestOptions = {}): Promise<HttpTypes.StorePaymentProvider[]> {
        const r = await call((s) => s.store.payment.listPaymentProviders({ region_id: regionId }, bearer(opts.token)));
        return r.payment_providers;
      },
      /** Shipping options that apply to the cart (its region and address). */
      async shippingOptions(cartId: string, opts: RequestOptions = {}): Promise<HttpTypes.StoreCartShippingOption[]> {
        const r = await call((s) => s.store.fulfillment.listCartOptions({ cart_id: cartId }, bearer(opts.token)));
        return r.shipping_options;
      },
      async setShippingMethod(cartId: string, optionId: string, opts: RequestOptions = {}): Promise<HttpTypes.StoreCart> {
        const r = await call((s) => s.store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: CART_FIELDS }, bearer(opts.token)));
        return r.cart;
      },
      /** Create the payment collection if needed and start a session with the provider. */
      async initiatePayment(
        cart: HttpTypes.StoreCart,
        providerId = "pp_system_default",
        opts: RequestOptions = {},
      ): Promise<HttpTypes.StorePaymentCollection> {
        const r = await call((s) => s.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, undefined, bearer(opts.token)));
        return r.payment_collection;
      },
      /** Place the order. `{ type: "cart", error }` when the backend refuses (e.g. payment not authorized). */
      async complete(cartId: string, opts: RequestOptions = {}): Promise<CompleteCartResult> {
        return (await call((s) => s.store.cart.complete(cartId, undefined, bearer(opts.token)))) as CompleteCartResult;
      },
    },

    orders: {
      /** An order by id (guest orders are readable by id, which is unguessable). */
      async get(orderId: string, opts: RequestOptions = {}): Promise<HttpTypes.StoreOrder> {
        const r = await call((s) => s.store.order.retrieve(orderId, { fields: "*items,*shipping_address,*shipping_methods" }, bearer(opts.token)));
        return r.order as HttpTypes.StoreOrder;
      },
    },

    auth: {
      /**
       * Sign a customer in with email + password; returns the JWT to keep in the site's own
       * httpOnly session cookie. Wrong credentials -> BackendRequestError with status 401.
       */
      async login(email: string, password: string): Promise<string> {
        const result = await call((s) => s.auth.login("customer", "emailpass", { email, password }));
        if (typeof result !== "string") {
          throw new BackendRequestError("This sign-in method needs an extra step the storefront does not support", 401);
        }
        return result;
      },
      /** The `Authorization` header for a customer token, for callers building their own requests. */
      bearer(token: string): Record<string, string> {
        return { authorization: `Bearer ${token}` };
      },
    },
  };
}
