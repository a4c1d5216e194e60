/**
 * Search-engine output of the consumer site, as pure functions of the data a page already has:
 * absolute URLs on the public origin, schema.org Product JSON-LD, the sitemap and robots.txt.
 * The public origin comes from CONSUMER_PUBLIC_URL (see site-url.server.ts), never from the
 * request's Host header, so a proxy or a spoofed Host cannot change canonical URLs.
 */
import { displayPrice, stockState, type CalculatedPriceLike, type StockLike } from "@hybrid/storefront-kit";

/** `path` (site-relative, or already absolute) on the public origin. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin.replace(/\/+$/, "")}/`).toString();
}

/**
 * The canonical URL of a page: its path on the public origin, keeping only the query parameters
 * that select different content (e.g. `page` of a listing), never sort orders, variants or tracking.
 */
export function canonicalUrl(origin: string, url: URL, keep: readonly string[] = []): string {
  const canonical = new URL(url.pathname, `${origin.replace(/\/+$/, "")}/`);
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value !== null && value !== "" && !(name === "page" && value === "1")) canonical.searchParams.set(name, value);
  }
  return canonical.toString();
}

/** Open Graph / Twitter card fields of one page. */
export interface SocialMeta {
  title: string;
  description?: string;
  /** Absolute URL. */
  url: string;
  /** Absolute URL. */
  image?: string;
  type?: "website" | "article" | "product";
}

export interface JsonLdVariant extends StockLike {
  id: string;
  sku?: string | null;
  title?: string | null;
  calculated_price?: CalculatedPriceLike | null;
}

export interface JsonLdProduct {
  handle?: string | null;
  title: string;
  description?: string | null;
  thumbnail?: string | null;
  images?: Array<{ url: string }> | null;
  variants?: JsonLdVariant[] | null;
  categories?: Array<{ name?: string | null }> | null;
}

const AVAILABILITY = {
  in_stock: "https://schema.org/InStock",
  low_stock: "https://schema.org/LimitedAvailability",
  out_of_stock: "https://schema.org/OutOfStock",
} as const;

/**
 * schema.org `Product` with one `Offer` per priced variant: the tax-inclusive price the page shows
 * for the shopper's region, its currency (ISO 4217, upper case), SKU, availability and the
 * variant's URL. `sku` on the product is the selected variant's. Variants without a price in the
 * region are left out (an Offer without a price is invalid); `image` is made absolute.
 */
export function productJsonLd(
  product: JsonLdProduct,
  options: { origin: string; selectedVariantId?: string | null },
): Record<string, unknown> {
  const url = absoluteUrl(options.origin, `/products/${product.handle}`);
  const images = [
    ...(product.images ?? []).map((image) => image.url),
    ...(product.thumbnail ? [product.thumbnail] : []),
  ];
  const variants = product.variants ?? [];
  const selected = variants.find((v) => v.id === options.selectedVariantId) ?? variants[0];
  const offers = variants.flatMap((variant) => {
    const price = displayPrice(variant.calculated_price, "gross");
    if (!price) return [];
    return [
      {
        "@type": "Offer",
        ...(variant.sku ? { sku: variant.sku } : {}),
        ...(variant.title ? { name: variant.title } : {}),
        price: price.amount.toFixed(2),
        priceCurrency: price.currencyCode.toUpperCase(),
        availability: AVAILABILITY[stockState(variant)],
        itemCondition: "https://schema.org/NewCondition",
        url: variants.length > 1 ? `${url}?variant=${encodeURIComponent(variant.id)}` : url,
      },
    ];
  });
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    ...(product.description ? { description: product.description } : {}),
    ...(images.length ? { image: [...new Set(images)].map((image) => absoluteUrl(options.origin, image)) } : {}),
    ...(selected?.sku ? { sku: selected.sku } : {}),
    ...(product.categories?.[0]?.name ? { category: product.categories[0].name } : {}),
    url,
    offers,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so a product text containing
 * `</script>` cannot end the element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date | string | null;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** A sitemaps.org `urlset`, one `<url>` per entry, duplicates dropped, `lastmod` as a date. */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const seen = new Set<string>();
  const body = urls
    .filter((url) => !seen.has(url.loc) && seen.add(url.loc))
    .map((url) => {
      const lastmod = url.lastmod ? new Date(url.lastmod) : null;
      const mod =
        lastmod && !Number.isNaN(lastmod.getTime()) ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : "";
      return `<url><loc>${escapeXml(url.loc)}</loc>${mod}</url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** The pages a sitemap lists for the consumer site. */
export interface SitemapSources {
  origin: string;
  products: Array<{ handle?: string | null; updated_at?: string | Date | null }>;
  categories: Array<{ handle: string }>;
  /** Editorial pages already filtered to those the site shows now (published, in schedule). */
  pages: Array<{ id: string; data: { publishedAt: Date } }>;
}

/** Home, every category, every product and every live editorial page of the consumer site. */
export function sitemapUrls({ origin, products, categories, pages }: SitemapSources): SitemapUrl[] {
  return [
    { loc: absoluteUrl(origin, "/") },
    ...categories.map((category) => ({ loc: absoluteUrl(origin, `/categories/${category.handle}`) })),
    ...products
      .filter((product) => product.handle)
      .map((product) => ({
        loc: absoluteUrl(origin, `/products/${product.handle}`),
        lastmod: product.updated_at ?? null,
      })),
    ...pages.map((page) => ({ loc: absoluteUrl(origin, `/pages/${page.id}`), lastmod: page.data.publishedAt })),
  ];
}

/**
 * robots.txt: crawl everything but the cart, checkout, order, preview and form endpoints, and
 * find the sitemap at its absolute URL.
 */
export function robotsTxt(origin: string): string {
  return [
    "User-agent: *",
    "Disallow: /cart",
    "Disallow: /checkout",
    "Disallow: /order/",
    "Disallow: /preview/",
    "Disallow: /region",
    "Allow: /",
    "",
    `Sitemap: ${absoluteUrl(origin, "/sitemap.xml")}`,
    "",
  ].join("\n");
}
