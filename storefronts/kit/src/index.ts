/**
 * @hybrid/storefront-kit: what both storefronts share. Pure helpers and the backend client are
 * exported here; the .astro layout primitives are imported by path:
 * `import PageShell from "@hybrid/storefront-kit/components/PageShell.astro"`.
 * See README.md for the API.
 */
export {
  BackendRequestError,
  BackendUnavailableError,
  NotFoundError,
  isBackendRequestError,
  isBackendUnavailable,
  isNotFound,
} from "./errors";
export {
  CARD_FIELDS,
  CART_FIELDS,
  ORDER_HISTORY_FIELDS,
  PRODUCT_FIELDS,
  createStorefrontClient,
  forgetPublishableKey,
  resetErrorField,
  resolvePublishableKey,
  translateError,
  type AccountProfile,
  type AccountStatus,
  type CartMutationOptions,
  type AddressInput,
  type Channel,
  type ProfileInput,
  type CompleteCartResult,
  type SiteTerms,
  type PriceContext,
  type ProductListParams,
  type RawRequestInit,
  type RequestOptions,
  type StorefrontClient,
  type StorefrontClientOptions,
} from "./client";
export { formatMoney, localeForCurrency, roundMoney } from "./money";
export {
  PRICES_CHANGED_CODE,
  REFRESH_PRICES_INTENT,
  priceChangesOf,
  wantsPriceRefresh,
  type PriceChange,
} from "./price-changes";
export {
  displayPrice,
  hasPriceRange,
  lowestPrice,
  savingsAgainst,
  type CalculatedPriceLike,
  type DisplayPrice,
  type PriceMode,
  type PriceReference,
} from "./prices";
export {
  COOKIE_KINDS,
  cookieName,
  safeCookieOptions,
  siteCookies,
  type CookieJar,
  type CookieKind,
  type SafeCookieOptions,
  type Site,
  type SiteCookie,
} from "./cookies";
export {
  LOW_STOCK_THRESHOLD,
  purchasableQuantity,
  stockLabel,
  stockState,
  type StockLike,
  type StockState,
} from "./stock";
export { isPageOutOfRange, pageHref, pageWindow, paginate, parsePositiveInt, type PageInfo } from "./pagination";
export {
  FALLBACK_COUNTRY,
  chooseCountry,
  countryFromAcceptLanguage,
  countryName,
  countryOptions,
  regionForCountry,
  resolveRegion,
  taxLabel,
  taxName,
  type CountryOption,
  type RegionLike,
  type ResolvedRegion,
} from "./region";
export { safeLocalPath } from "./redirects";
export { compressResponses, negotiateEncoding, type ContentCoding } from "./compression";
export {
  pageCaching,
  PRIVATE_PAGE_CACHE_CONTROL,
  SHARED_PAGE_CACHE_CONTROL,
  type PageCachingOptions,
} from "./page-caching";
export { inputGuard } from "./input-guard";
export {
  DIRECT,
  ProxySettingsError,
  forwardedOrigin,
  isForbiddenCrossSiteRequest,
  proxySettings,
  publicOriginMiddleware,
  type ProxySettings,
} from "./public-origin";
export { productPictures, isTransformableImage, type ProductPicture } from "./images/product-pictures";
export { IMAGE_ROUTE } from "./images/config";
