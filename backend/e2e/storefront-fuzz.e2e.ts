/**
 * Property-based fuzzing of both storefronts (fast-check through @hybrid/test-kit/fuzz), against
 * the whole platform booted by the e2e globalSetup: hostile path segments, query strings and form
 * bodies (NUL, malformed percent-encoding, huge numbers, overlong text, wrong field names) sent
 * raw to the consumer site's and the trade site's pages, JSON endpoints and forms, the trade site
 * both signed out and signed in as the demo buyer. Not one answer may be 5xx; a hostile path or
 * query (NUL, `%E0%A4%A`) answers 400. FUZZ_SEED=<printed seed> replays a run.
 */
// Type-only: brings the harness's `inject("platform")` typing into scope.
import type {} from "@hybrid/platform/e2e";
import { encodeQueryValue, fc, fuzzSeed, HOSTILE_SEGMENTS, send, type FuzzRequest } from "@hybrid/test-kit/fuzz";
import { beforeAll, describe, expect, inject, it } from "vitest";

const { consumerUrl, tradeUrl } = inject("platform");
const BUYER = { email: "buyer@example.com", password: "hybrid-demo" };
const RUNS_PER_ROUTE = 12;

type SiteRoute = {
  method: "GET" | "POST";
  /** `:x` segments get real-looking values or a hostile segment. */
  path: string;
  /** Query parameter / form field names the page reads. */
  fields: string[];
};

const CONSUMER: SiteRoute[] = [
  { method: "GET", path: "/", fields: ["q"] },
  { method: "GET", path: "/search", fields: ["q", "category", "page", "sort", "price_min", "price_max", "in_stock"] },
  { method: "GET", path: "/search/suggest.json", fields: ["q"] },
  { method: "GET", path: "/products/:handle", fields: ["variant"] },
  { method: "GET", path: "/categories/:handle", fields: ["page", "sort"] },
  { method: "GET", path: "/pages/:slug", fields: [] },
  { method: "GET", path: "/order/confirmed/:id", fields: [] },
  { method: "GET", path: "/cart", fields: [] },
  { method: "POST", path: "/cart", fields: ["intent", "line_id", "quantity", "variant_id"] },
  { method: "POST", path: "/products/:handle", fields: ["variant_id", "quantity"] },
  {
    method: "POST",
    path: "/checkout",
    fields: ["email", "first_name", "last_name", "address_1", "city", "postal_code", "country_code"],
  },
  { method: "POST", path: "/region", fields: ["country_code", "returnTo"] },
  // Consumer accounts (signed out: the account pages answer with a redirect to sign in).
  { method: "GET", path: "/sign-in", fields: ["next"] },
  { method: "POST", path: "/sign-in", fields: ["email", "password", "next"] },
  { method: "GET", path: "/sign-up", fields: ["email", "first_name", "last_name", "next"] },
  {
    method: "POST",
    path: "/sign-up",
    fields: ["first_name", "last_name", "email", "password", "marketing_consent", "next"],
  },
  { method: "GET", path: "/forgot-password", fields: ["email"] },
  { method: "POST", path: "/forgot-password", fields: ["email"] },
  { method: "GET", path: "/reset-password", fields: ["token"] },
  { method: "POST", path: "/reset-password", fields: ["token", "password"] },
  { method: "GET", path: "/account/verify", fields: ["token"] },
  { method: "GET", path: "/account/orders/:id", fields: [] },
  { method: "GET", path: "/account/addresses/:id", fields: [] },
];

const TRADE: SiteRoute[] = [
  { method: "GET", path: "/", fields: [] },
  { method: "GET", path: "/search", fields: ["q", "category", "page", "sort"] },
  { method: "GET", path: "/search/suggest.json", fields: ["q"] },
  { method: "GET", path: "/quick-order/suggest", fields: ["q"] },
  { method: "GET", path: "/products/:handle", fields: [] },
  { method: "GET", path: "/orders/:id", fields: ["placed"] },
  { method: "GET", path: "/quotes/:id", fields: [] },
  { method: "GET", path: "/approvals/:id", fields: [] },
  { method: "GET", path: "/account/addresses/:id", fields: [] },
  { method: "GET", path: "/invite/:token", fields: [] },
  { method: "GET", path: "/sign-in", fields: ["next"] },
  { method: "POST", path: "/sign-in", fields: ["email", "password", "next"] },
  // GET only: their POSTs reach the backend's password-reset throttles, whose per-address budget
  // every e2e request shares (forgot-password.e2e.ts covers the forms).
  { method: "GET", path: "/forgot-password", fields: [] },
  { method: "GET", path: "/reset-password", fields: ["token"] },
  {
    method: "POST",
    path: "/apply",
    fields: ["company_name", "vat_id", "company_email", "currency_code", "email", "password"],
  },
  { method: "POST", path: "/quick-order", fields: ["sku", "quantity", "intent"] },
  { method: "POST", path: "/cart", fields: ["intent", "line_id", "quantity"] },
  { method: "POST", path: "/region", fields: ["region_id", "next"] },
];

const HOSTILE_VALUES = [
  "%00",
  "a%00b",
  "%E0%A4%A",
  "%",
  "%zz",
  "2147483648",
  "-1",
  "NaN",
  "1e400",
  encodeURIComponent("x".repeat(5000)),
  encodeURIComponent("<script>alert(1)</script>"),
  encodeURIComponent("//evil.example"),
  encodeURIComponent("\u202e\u0007"),
  encodeURIComponent("☕ 𝄞"),
];

const pairs = (fields: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...(fields.length ? fields : ["q"]), "unknown", "a%00"),
        fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 20 }).map(encodeQueryValue)),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((list) => list.map(([name, value]) => `${name}=${value}`).join("&"));

function requests(route: SiteRoute, actors: string[]): fc.Arbitrary<FuzzRequest> {
  const params = (route.path.match(/:[a-z_]+/g) ?? []).length;
  return fc
    .record({
      actor: fc.constantFrom(...actors),
      segment: params
        ? fc.oneof(fc.constantFrom(...HOSTILE_SEGMENTS), fc.constantFrom("chemex-filters", "order_01", "x"))
        : fc.constant(""),
      query: fc.option(pairs(route.fields), { freq: route.method === "GET" ? 4 : 1 }),
      form: route.method === "POST" ? pairs(route.fields) : fc.constant(undefined),
    })
    .map(({ actor, segment, query, form }) => {
      const path = route.path.replace(/:[a-z_]+/g, segment);
      return {
        method: route.method,
        path: query ? `${path}?${query}` : path,
        actor,
        ...(form !== undefined ? { body: form, contentType: "application/x-www-form-urlencoded" } : {}),
      };
    });
}

async function fuzzSite(
  site: string,
  url: string,
  routes: SiteRoute[],
  actors: Record<string, Record<string, string>>,
  seed: number,
) {
  let count = 0;
  const statuses: Record<string, number> = {};
  for (const route of routes) {
    await fc.assert(
      fc.asyncProperty(requests(route, Object.keys(actors)), async (request) => {
        // Same-origin form posts, as a browser sends them (Astro's origin check).
        const answer = await send(url, request, { origin: url, ...actors[request.actor] });
        count++;
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status >= 500) {
          throw new Error(
            `${site} ${request.method} ${request.path} as ${request.actor} -> ${answer.status} ${answer.body}`,
          );
        }
      }),
      { numRuns: RUNS_PER_ROUTE, seed, verbose: 1 },
    );
  }
  console.info(
    `[fuzz ${site}] ${count} requests over ${routes.length} routes: ${JSON.stringify(statuses)}, 0 answers >= 500`,
  );
  return count;
}

describe("storefront fuzz: hostile paths, queries and forms never answer 5xx", () => {
  const seed = fuzzSeed();
  let buyerCookie: string;

  beforeAll(async () => {
    console.info(`[fuzz storefronts] seed ${seed} (FUZZ_SEED=${seed} reproduces this run)`);
    const response = await fetch(`${tradeUrl}/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: tradeUrl },
      body: new URLSearchParams({ email: BUYER.email, password: BUYER.password, next: "/" }),
    });
    expect(response.status).toBe(303);
    buyerCookie = response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
    expect(buyerCookie).toContain("=");
  });

  it("answers 400 for NUL and malformed encodings in path and query on both sites", async () => {
    const cases: Array<[string, string]> = [
      [consumerUrl, "/products/a%00b"],
      [consumerUrl, "/search?q=a%00b"],
      [consumerUrl, "/search/suggest.json?q=a%00b"],
      [consumerUrl, "/products/%E0%A4%A"],
      [tradeUrl, "/products/a%00b"],
      [tradeUrl, "/search?q=%E0%A4%A"],
      [tradeUrl, "/quick-order/suggest?q=a%00b"],
      [tradeUrl, "/search/suggest.json?q=a%00b"],
    ];
    for (const [url, path] of cases) {
      const answer = await send(url, { method: "GET", path, actor: "buyer" }, { cookie: buyerCookie });
      expect(answer.status, `${url}${path}`).toBe(400);
    }
    const form = await send(
      tradeUrl,
      {
        method: "POST",
        path: "/sign-in",
        actor: "anonymous",
        body: "email=a%00b&password=x",
        contentType: "application/x-www-form-urlencoded",
      },
      { origin: tradeUrl },
    );
    expect(form.status).toBe(400);
  });

  it("sends a few hundred hostile requests to both sites' pages and forms without a 5xx", async () => {
    const consumer = await fuzzSite("consumer", consumerUrl, CONSUMER, { anonymous: {} }, seed);
    const trade = await fuzzSite("trade", tradeUrl, TRADE, { anonymous: {}, buyer: { cookie: buyerCookie } }, seed);
    expect(consumer + trade).toBeGreaterThanOrEqual((CONSUMER.length + TRADE.length) * RUNS_PER_ROUTE);
  }, 600_000);
});
