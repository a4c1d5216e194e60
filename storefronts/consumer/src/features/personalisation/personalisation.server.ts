/**
 * Server side of the product-page recommendations: the backend reads behind "goes well with",
 * "often bought together", "more like this" and "recently viewed", and the recently-viewed cookie.
 */
import {
  CARD_FIELDS,
  isBackendRequestError,
  isNotFound,
  type PriceContext,
  type StorefrontClient,
} from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { inHandleOrder } from "../catalog/featured";
import { relatedProducts } from "./related";
import { parseRecent, RECENT_COOKIE } from "./recently-viewed";

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

/** How many "more like this" candidates are ranked (see related.ts); only the SHOWN best are priced. */
export const SIMILAR_CANDIDATES = 24;
/** What ranking a candidate needs: no prices, stock or images. */
// `*categories`: the store route drops a bare `categories.id` (it filters categories to the public ones).
const CANDIDATE_FIELDS = "id,handle,collection_id,*categories";

/**
 * "More like this" candidates: products of the same category (or, without one, of the channel)
 * with only what related.ts ranks them by. Cheap: nothing is priced.
 */
async function similarCandidates(client: Client, product: HttpTypes.StoreProduct, context: PriceContext) {
  const categoryId = product.categories?.[0]?.id;
  if (!categoryId && !product.collection_id) return [];
  const { products } = await client.products.list({
    ...context,
    ...(categoryId ? { categoryId } : {}),
    limit: SIMILAR_CANDIDATES,
    fields: CANDIDATE_FIELDS,
  });
  return products;
}

/** Answer of GET /store/products/:id/bought-together. */
interface BoughtTogether {
  products: Array<{ id: string; handle: string; orders: number }>;
}

/**
 * Handles of the products most often in the same orders as this one (computed by the backend from
 * real orders of the consumer channel), best first. Empty when nothing was bought with it yet, or
 * when the backend refuses the request (a recommendation never takes the product page down; an
 * unreachable backend still does, as for every page).
 */
async function boughtTogetherHandles(client: Client, productId: string): Promise<string[]> {
  try {
    const { products } = await client.request<BoughtTogether>(`/store/products/${productId}/bought-together`, {
      query: { limit: SHOWN },
    });
    return products.map((p) => p.handle);
  } catch (error) {
    if (isNotFound(error) || isBackendRequestError(error)) return [];
    throw error;
  }
}

/** Products for cards, priced for the context, in the order of `handles` (unsold ones left out). */
async function cards(client: Client, handles: readonly string[], context: PriceContext) {
  if (!handles.length) return [];
  const { products } = await client.products.list({
    ...context,
    handles: [...handles],
    limit: handles.length,
    fields: CARD_FIELDS,
  });
  return inHandleOrder(products, handles);
}

/** The product page's recommendation sections, top to bottom. */
export interface Recommendations {
  /** "Goes well with": the story's related products. */
  related: HttpTypes.StoreProduct[];
  /** "Often bought together": from real orders, at most SHOWN. */
  boughtTogether: HttpTypes.StoreProduct[];
  /** "More like this": same category or collection, at most SHOWN. */
  similar: HttpTypes.StoreProduct[];
  /** "Recently viewed": the shopper's cookie, this product excluded. */
  recent: HttpTypes.StoreProduct[];
}

/**
 * The head of the category, priced as cards: "more like this" for a product in a category and no
 * collection. Every candidate then ranks the same (related.ts: same category only), so the answer
 * is the first SHOWN of the category that are not shown above; asking for `skipAtMost` more covers
 * every product that can be skipped, never looking past the SIMILAR_CANDIDATES a ranking would.
 */
async function categoryHead(client: Client, categoryId: string, context: PriceContext, skipAtMost: number) {
  const { products } = await client.products.list({
    ...context,
    categoryId,
    limit: Math.min(SIMILAR_CANDIDATES, SHOWN + skipAtMost),
    fields: CARD_FIELDS,
  });
  return products;
}

/**
 * Everything below the product on its page, in two or three backend round trips, the first of them
 * shared: the bought-together ranking is read beside the "more like this" candidates (neither needs
 * the other), then one list call prices the remaining cards, all sections together. A product
 * without a collection gets its "more like this" cards priced in the first round already (see
 * `categoryHead`); with a collection, the candidates are ranked unpriced first. No product appears
 * twice, except in "recently viewed" (the shopper's own history): bought-together skips the related
 * products, "more like this" skips both.
 */
export async function loadRecommendations(
  client: Client,
  product: HttpTypes.StoreProduct,
  context: PriceContext,
  input: { relatedHandles: readonly string[]; recentHandles: readonly string[] },
): Promise<Recommendations> {
  const self = product.handle ?? "";
  const related = [...new Set(input.relatedHandles)].filter((h) => h !== self);
  const categoryId = product.categories?.[0]?.id;
  const headOnly = Boolean(categoryId) && !product.collection_id;
  const [ranked, candidates] = await Promise.all([
    boughtTogetherHandles(client, product.id),
    headOnly
      ? categoryHead(client, categoryId!, context, 1 + related.length + SHOWN)
      : similarCandidates(client, product, context),
  ]);
  const bought = ranked.filter((h) => h !== self && !related.includes(h)).slice(0, SHOWN);
  const shown = new Set([self, ...related, ...bought]);
  const similarCards = headOnly
    ? candidates.filter((c) => c.id !== product.id && !shown.has(c.handle ?? "")).slice(0, SHOWN)
    : null;
  const similar = (
    similarCards ?? relatedProducts(product, candidates, { limit: SHOWN, exclude: [...related, ...bought] })
  ).map((p) => p.handle ?? "");
  const recent = input.recentHandles.filter((h) => h !== self);
  const toPrice = [...new Set([...related, ...bought, ...(similarCards ? [] : similar), ...recent])];
  const priced = await cards(client, toPrice, context);
  const pick = (handles: readonly string[]) => inHandleOrder(priced, handles);
  return {
    related: pick(related),
    boughtTogether: pick(bought),
    similar: similarCards ?? pick(similar),
    recent: pick(recent),
  };
}

/** The shopper's recently viewed handles (most recent first), from the cookie. */
export function readRecent(cookies: Cookies): string[] {
  return parseRecent(cookies.get(RECENT_COOKIE)?.value);
}

/** The recently viewed products (all of them sold on this site), most recent first, some excluded. */
export async function recentlyViewed(
  client: Client,
  handles: readonly string[],
  context: PriceContext,
  exclude: readonly string[] = [],
) {
  return cards(
    client,
    handles.filter((h) => !exclude.includes(h)),
    context,
  );
}
