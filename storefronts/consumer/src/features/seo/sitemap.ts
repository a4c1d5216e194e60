/**
 * What /sitemap.xml lists, read through the site's own backend client so it holds exactly what
 * the site serves: every product of the consumer channel (paged through), the categories the
 * site navigates (those with consumer products) and the editorial pages live now.
 */
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { sitemapUrls, sitemapXml, type SitemapSources } from "./seo";

const PAGE_SIZE = 200;

export interface SitemapDeps {
  origin: string;
  products: Pick<StorefrontClient["products"], "list">;
  region: { id: string; countryCode: string };
  categories: SitemapSources["categories"];
  pages: SitemapSources["pages"];
}

export async function buildSitemap({
  origin,
  products: client,
  region,
  categories,
  pages,
}: SitemapDeps): Promise<string> {
  const products: SitemapSources["products"] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await client.list({
      regionId: region.id,
      countryCode: region.countryCode,
      fields: "id,handle,updated_at",
      limit: PAGE_SIZE,
      offset,
    });
    products.push(...page.products);
    if (page.products.length === 0 || offset + PAGE_SIZE >= page.count) break;
  }
  return sitemapXml(sitemapUrls({ origin, products, categories, pages }));
}
