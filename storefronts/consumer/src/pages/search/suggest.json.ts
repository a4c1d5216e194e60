/**
 * GET /search/suggest.json?q= — typeahead for the header's search box (progressive enhancement:
 * the box is a plain form without it). Proxies the backend's /store/search/suggest.
 */
import { isBackendUnavailable } from "@hybrid/storefront-kit";
import type { APIRoute } from "astro";
import { suggest } from "../../features/search/search.server";

export const GET: APIRoute = async ({ url }) => {
  try {
    const body = await suggest(url.searchParams.get("q") ?? "");
    return Response.json(body, { headers: { "cache-control": "private, max-age=30" } });
  } catch (error) {
    if (isBackendUnavailable(error)) return Response.json({ products: [], categories: [] }, { status: 503 });
    throw error;
  }
};
