/** Reference data and the catalogue: regions, products priced for a context, categories. */
import type { HttpTypes } from "@medusajs/types";
import { NotFoundError } from "../errors";
import { bearer, cachedFor, type RequestOptions, type Transport } from "./transport";

/**
 * Product fields for a product page: prices for the context, stock, options, images, categories.
 * About 5 KB per product; a listing asks for `CARD_FIELDS` instead.
 */
export const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,*variants.options,*options,*options.values,*images,*categories";

/**
 * What a product card shows: title, subtitle, thumbnail (first image as the fallback) and each
 * variant's price for the context (lowest price, "From" when they differ). A fraction of
 * PRODUCT_FIELDS' size and of its backend work (no options, stock or categories).
 */
export const CARD_FIELDS = "id,handle,title,subtitle,thumbnail,images.url,variants.id,*variants.calculated_price";

const REGIONS_TTL_MS = 60_000;
const CATEGORIES_TTL_MS = 60_000;

/** Pricing context for product reads: prices are calculated for this region and country (taxes). */
export interface PriceContext extends RequestOptions {
  regionId: string;
  countryCode: string;
}

export interface ProductListParams extends PriceContext {
  categoryId?: string;
  /** Medusa `fields` expression; defaults to PRODUCT_FIELDS (a listing passes CARD_FIELDS). */
  fields?: string;
  /** Medusa `order` field, e.g. "title", "-created_at". Price order is not supported by the backend. */
  order?: string;
  limit?: number;
  offset?: number;
  handles?: string[];
}

export function regionsApi({ call }: Transport) {
  const regions = cachedFor(REGIONS_TTL_MS, () =>
    call((s) => s.store.region.list({ fields: "*countries", limit: 50 })).then((r) => r.regions),
  );
  return {
    /** All regions with their countries. Cached for a minute (not user data). */
    list(): Promise<HttpTypes.StoreRegion[]> {
      return regions();
    },
  };
}

export function productsApi({ call }: Transport) {
  return {
    /** Products of this channel with calculated prices for the context. */
    async list(params: ProductListParams): Promise<{ products: HttpTypes.StoreProduct[]; count: number }> {
      const {
        token,
        regionId,
        countryCode,
        categoryId,
        order,
        limit = 12,
        offset = 0,
        handles,
        fields = PRODUCT_FIELDS,
      } = params;
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
  };
}

export function categoriesApi({ call }: Transport) {
  const categories = cachedFor(CATEGORIES_TTL_MS, () =>
    call((s) =>
      s.store.category.list({ limit: 100, fields: "id,name,handle,description,rank,parent_category_id" }),
    ).then((r) => r.product_categories),
  );
  return {
    /** All active, public categories. Cached for a minute. */
    list(): Promise<HttpTypes.StoreProductCategory[]> {
      return categories();
    },

    /**
     * Which of these categories hold at least one product of this client's sales channel (a
     * category is shared by both channels). One request per category, all at once, each asking for
     * a single product id (`limit=1&fields=id`): no prices, no product bodies.
     */
    async withProducts(categoryIds: readonly string[]): Promise<Set<string>> {
      const counts = await Promise.all(
        categoryIds.map((id) =>
          call((s) =>
            s.store.product.list({ category_id: [id], limit: 1, fields: "id" } as HttpTypes.StoreProductListParams),
          ).then((r) => [id, r.count] as const),
        ),
      );
      return new Set(counts.filter(([, count]) => count > 0).map(([id]) => id));
    },

    /** One category by handle. Unknown handle -> NotFoundError. */
    async byHandle(handle: string): Promise<HttpTypes.StoreProductCategory> {
      const all = await this.list();
      const category = all.find((c) => c.handle === handle);
      if (!category) throw new NotFoundError(`No category with handle "${handle}"`);
      return category;
    },
  };
}
