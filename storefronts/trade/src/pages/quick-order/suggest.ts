/**
 * `GET /quick-order/suggest?q=` — SKU suggestions for the quick order pad's script (JSON). Behind
 * the sign-in guard and `private, no-store` like every trade response.
 */
import type { APIRoute } from "astro";
import { backend } from "../../backend";
import { suggestionQuery, suggestVariants } from "../../features/quick-order/suggest";
import { requireBuyer } from "../../features/session/require-buyer";

export const GET: APIRoute = async ({ locals, url }) => {
  const { region, token } = requireBuyer(locals);
  const q = suggestionQuery(url.searchParams.get("q"));
  const suggestions = q ? await suggestVariants(backend, { q, regionId: region.id, token }) : [];
  return new Response(JSON.stringify({ suggestions }), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
