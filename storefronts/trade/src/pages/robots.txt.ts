/**
 * robots.txt of the trade site: no crawler may fetch anything. Everything but sign-in and the
 * application form is behind a login anyway, and every page also says `noindex` (meta tag and
 * X-Robots-Tag), so nothing of the trade site reaches a search index.
 */
import type { APIRoute } from "astro";

export const TRADE_ROBOTS_TXT = "User-agent: *\nDisallow: /\n";

export const GET: APIRoute = () =>
  new Response(TRADE_ROBOTS_TXT, {
    headers: { "content-type": "text/plain; charset=utf-8", "x-robots-tag": "noindex, nofollow" },
  });
