/**
 * /sitemap.xml: the SSR product, category and editorial pages (Astro's sitemap integration only
 * sees prerendered routes). Products and categories come from the backend through the consumer
 * channel; editorial pages are those live now.
 */
import type { APIRoute } from "astro";
import { buildSitemap } from "../features/seo/sitemap";
import { publicOrigin } from "../features/seo/site-url.server";
import { consumerPages } from "../features/site/content.server";
import { backend } from "../lib/backend";

export const GET: APIRoute = async ({ locals }) => {
  const xml = await buildSitemap({
    origin: publicOrigin(),
    products: backend.products,
    region: locals.region,
    categories: locals.categories,
    pages: await consumerPages(),
  });
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=600" },
  });
};
