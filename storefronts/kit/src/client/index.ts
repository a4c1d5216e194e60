/**
 * The one wrapper around the Medusa backend both storefronts use, composed from one module per
 * resource (catalog, cart, checkout, auth) over a shared transport.
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
import { accountApi } from "./account";
import { authApi } from "./auth";
import { cartsApi } from "./cart";
import { categoriesApi, productsApi, regionsApi } from "./catalog";
import { checkoutApi, ordersApi } from "./checkout";
import { createTransport, type StorefrontClientOptions } from "./transport";

export {
  ORDER_HISTORY_FIELDS,
  type AccountProfile,
  type AccountStatus,
  type AddressInput,
  type ProfileInput,
} from "./account";
export { resetErrorField } from "./auth";
export { CART_FIELDS, type CartMutationOptions } from "./cart";
export { CARD_FIELDS, PRODUCT_FIELDS, type PriceContext, type ProductListParams } from "./catalog";
export { COMPLETE_ATTEMPTS, isTryAgain, type CompleteCartResult, type SiteTerms } from "./checkout";
export { forgetPublishableKey, resolvePublishableKey, type Channel } from "./publishable-key";
export { translateError } from "./translate-error";
export type { RawRequestInit, RequestOptions, StorefrontClientOptions } from "./transport";

export type StorefrontClient = ReturnType<typeof createStorefrontClient>;

/** Create the backend client for one site. Call once per process (module scope). */
export function createStorefrontClient(options: StorefrontClientOptions) {
  const transport = createTransport(options);
  return {
    channel: transport.channel,
    baseUrl: transport.baseUrl,
    request: transport.request,
    requestWithErrorBody: transport.requestWithErrorBody,
    regions: regionsApi(transport),
    products: productsApi(transport),
    categories: categoriesApi(transport),
    carts: cartsApi(transport),
    checkout: checkoutApi(transport, options.retryDelayMs),
    orders: ordersApi(transport),
    auth: authApi(transport),
    account: accountApi(transport),
  };
}
