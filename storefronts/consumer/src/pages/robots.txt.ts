/** robots.txt: crawl the shop, not the cart, checkout or previews; the sitemap's absolute URL. */
import type { APIRoute } from "astro";
import { robotsTxt } from "../features/seo/seo";
import { publicOrigin } from "../features/seo/site-url.server";

export const GET: APIRoute = () =>
  new Response(robotsTxt(publicOrigin()), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
