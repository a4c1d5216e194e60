/**
 * Server side of the product-page recommendations: the backend reads behind "more like this",
 * "often bought together" and "recently viewed", and the recently-viewed cookie.
 */
import { isBackendRequestError, isNotFound, type PriceContext, type StorefrontClient } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { inHandleOrder } from "../catalog/featured";
import { relatedProducts } from "./related";
import { parseRecent, RECENT_COOKIE, RECENT_MAX_AGE_S, rememberViewed, serializeRecent } from "./recently-viewed";

export const SHOWN = 4;

type Client = Pick<StorefrontClient, "products" | "request">;
type Cookies = {
  get(name: string): { value: string } | undefined;
  set(
    name: string,
    value: string,
    options: { httpOnly: boolean; sameSite: "lax"; path: string; secure: boolean; maxAge: number },
  ): void;
};

/** Same category or collection, this product excluded (see related.ts). */
export async function moreLikeThis(
  client: Client,
  product: HttpTypes.StoreProduct,
  context: PriceContext,
  exclude: readonly string[] = [],
) {
  const categoryId = product.categories?.[0]?.id;
  if (!categoryId && !product.collection_id) return [];
  const { products } = await client.products.list({ ...context, ...(categoryId ? { categoryId } : {}), limit: 24 });
  return relatedProducts(product, products, { limit: SHOWN, exclude });
}

/** Answer of GET /store/products/:id/bought-together. */
interface BoughtTogether {
  products: Array<{ id: string; handle: string; orders: number }>;
}

/**
 * Products most often in the same orders as this one, computed by the backend from real orders
 * of the consumer channel, priced for the context. Empty when nothing was bought with it yet, or
 * when the backend refuses the request (a recommendation never takes the product page down; an
 * unreachable backend still does, as for every page).
 */
export async function oftenBoughtTogether(client: Client, productId: string, context: PriceContext) {
  let ranked: BoughtTogether["products"];
  try {
    ({ products: ranked } = await client.request<BoughtTogether>(`/store/products/${productId}/bought-together`, {
      query: { limit: SHOWN },
    }));
  } catch (error) {
    if (isNotFound(error) || isBackendRequestError(error)) return [];
    throw error;
  }
  const handles = ranked.map((p) => p.handle);
  if (!handles.length) return [];
  const { products } = await client.products.list({ ...context, handles, limit: handles.length });
  return inHandleOrder(products, handles);
}

/** The shopper's recently viewed handles (most recent first), from the cookie. */
export function readRecent(cookies: Cookies): string[] {
  return parseRecent(cookies.get(RECENT_COOKIE)?.value);
}

/** Records a product view in the cookie. */
export function recordView(cookies: Cookies, url: URL, recent: readonly string[], handle: string): void {
  cookies.set(RECENT_COOKIE, serializeRecent(rememberViewed(recent, handle)), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: url.protocol === "https:",
    maxAge: RECENT_MAX_AGE_S,
  });
}

/** The recently viewed products (all of them sold on this site), most recent first, some excluded. */
export async function recentlyViewed(
  client: Client,
  handles: readonly string[],
  context: PriceContext,
  exclude: readonly string[] = [],
) {
  const wanted = handles.filter((h) => !exclude.includes(h));
  if (!wanted.length) return [];
  const { products } = await client.products.list({ ...context, handles: wanted, limit: wanted.length });
  return inHandleOrder(products, wanted);
}
