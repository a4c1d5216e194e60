/**
 * `GET /search/suggest.json?q=` — typeahead for the search box (products, SKUs, categories).
 * Behind the sign-in guard like every trade response; the box works without it.
 */
import type { APIRoute } from "astro";
import { backend } from "../../backend";
import { suggest } from "../../features/search/search";
import { requireBuyer } from "../../features/session/require-buyer";

export const GET: APIRoute = async ({ locals, url }) => {
  const { token } = requireBuyer(locals);
  const body = await suggest(backend, url.searchParams.get("q") ?? "", token);
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json; charset=utf-8" } });
};
