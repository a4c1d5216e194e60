import { BackendUnavailableError } from "@hybrid/storefront-kit";
import { createContext } from "astro/middleware";
import { describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "../session/session-cookie";
import type { TradeAccount } from "../session/trade-account";
import { isPublicPath } from "./guard";
import { tradeMiddleware } from "./trade-middleware";

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = `${b64url({ alg: "HS256" })}.${b64url({ actor_id: "cus_1", exp: Date.now() / 1000 + 3600 })}.sig`;
const expiredToken = `${b64url({ alg: "HS256" })}.${b64url({ actor_id: "cus_1", exp: 1 })}.sig`;

const account = (is_trade: boolean): TradeAccount => ({
  customer: { id: "cus_1", email: "buyer@example.com", first_name: "Bea", last_name: "Barista" },
  is_trade,
  groups: is_trade ? [{ id: "cusgroup_1", name: "Trade" }] : [],
});
const regions = {
  regions: {
    list: async () => [
      { id: "reg_eu", name: "Europe", currency_code: "eur", countries: [{ iso_2: "de", display_name: "Germany" }] },
    ],
  },
} as never;

/** What the product page would send a signed-in buyer. */
const PRICED_PAGE = '<table><td class="net">€28.10</td><td class="rrp">€44.88</td></table>';

async function request(
  path: string,
  options: {
    cookie?: string;
    method?: string;
    lookup?: () => Promise<TradeAccount | null>;
    page?: () => Response | Promise<Response>;
    /** The Origin a browser sends with a form post (default: this site's); null for none. */
    origin?: string | null;
  } = {},
) {
  const lookup = vi.fn(options.lookup ?? (async () => account(true)));
  const page = vi.fn(options.page ?? (() => new Response(PRICED_PAGE, { headers: { "content-type": "text/html" } })));
  const headers = new Headers(options.cookie ? { cookie: options.cookie } : {});
  const method = options.method ?? "GET";
  const origin = options.origin === undefined ? "http://localhost:4322" : options.origin;
  if (method !== "GET" && origin !== null) headers.set("origin", origin);
  const context = createContext({
    request: new Request(`http://localhost:4322${path}`, { method, headers }),
    defaultLocale: "en",
    locals: {} as App.Locals,
  });
  const publicPages = async () => new Set(["imprint", "trade-terms"]);
  const response = (await tradeMiddleware({ lookup, regions, publicPages })(context, async () => page())) as Response;
  const cookies = [...context.cookies.headers()];
  return { response, body: await response.text(), locals: context.locals, lookup, page, cookies };
}

describe("auth guard: anonymous visitors", () => {
  it("redirects a product page to sign-in (303, ?next=) and sends no price", async () => {
    const { response, body, page } = await request("/products/colombia-huila");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Fproducts%2Fcolombia-huila");
    expect(page).not.toHaveBeenCalled();
    expect(body).not.toMatch(/€|\$\d|28\.10/);
  });

  it.each([
    "/",
    "/cart",
    "/quick-order",
    "/quick-order/suggest?q=huila",
    "/categories/coffee-beans",
    "/pages/wholesale-programme",
    "/no-such-page",
    "/region",
  ])("guards %s too", async (path) => {
    const { response, page } = await request(path);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/sign-in/);
    expect(page).not.toHaveBeenCalled();
  });

  it("guards form posts (adding to cart) as well", async () => {
    const { response, page } = await request("/products/colombia-huila", { method: "POST" });
    expect(response.status).toBe(303);
    expect(page).not.toHaveBeenCalled();
  });

  it("refuses a cross-site form post before anything else runs (403)", async () => {
    for (const origin of ["https://evil.example", "null", null]) {
      const { response, page, lookup } = await request("/region", {
        method: "POST",
        cookie: `${SESSION_COOKIE}=${token}`,
        origin,
      });
      expect(response.status).toBe(403);
      expect(page).not.toHaveBeenCalled();
      expect(lookup).not.toHaveBeenCalled();
    }
  });

  it("lets a same-origin form post of a buyer through", async () => {
    const { response, page } = await request("/region", { method: "POST", cookie: `${SESSION_COOKIE}=${token}` });
    expect(response.status).toBe(200);
    expect(page).toHaveBeenCalled();
  });

  it("lets the sign-in page and static assets through, without asking the backend", async () => {
    for (const path of ["/sign-in", "/sign-in?next=%2Fcart", "/sign-out", "/_astro/app.css"]) {
      const { response, page, lookup } = await request(path);
      expect(response.status).toBe(200);
      expect(page).toHaveBeenCalled();
      expect(lookup).not.toHaveBeenCalled();
    }
  });

  it("lets the service and legal pages through (terms, imprint), and no other editorial page", async () => {
    for (const path of ["/pages/imprint", "/pages/trade-terms/"]) {
      const { response, page } = await request(path);
      expect([path, response.status]).toEqual([path, 200]);
      expect(page).toHaveBeenCalled();
    }
    for (const path of ["/pages/wholesale-programme", "/pages/imprint/x", "/pages/imprint.json"]) {
      const { response, page } = await request(path);
      expect([path, response.status]).toEqual([path, 303]);
      expect(page).not.toHaveBeenCalled();
    }
  });

  it("does not treat look-alike paths as public", () => {
    expect(isPublicPath("/sign-in-as-admin")).toBe(false);
    expect(isPublicPath("/products/_astro/x")).toBe(false);
    expect(isPublicPath("/sign-in/")).toBe(true);
  });
});

describe("session", () => {
  it("admits a Trade-group buyer and sets locals for the page", async () => {
    const { response, body, locals, lookup } = await request("/products/colombia-huila", {
      cookie: `${SESSION_COOKIE}=${token}`,
    });
    expect(response.status).toBe(200);
    expect(body).toContain("€28.10");
    expect(lookup).toHaveBeenCalledWith(token);
    expect(locals.buyer).toMatchObject({ id: "cus_1", displayName: "Bea Barista" });
    expect(locals.sessionToken).toBe(token);
    expect(locals.region).toMatchObject({ id: "reg_eu", countryCode: "de", currencyCode: "eur" });
  });

  it("treats a customer removed from the Trade group as anonymous and clears the cookie", async () => {
    const { response, page, cookies } = await request("/products/colombia-huila", {
      cookie: `${SESSION_COOKIE}=${token}`,
      lookup: async () => account(false),
    });
    expect(response.status).toBe(303);
    expect(page).not.toHaveBeenCalled();
    expect(cookies.join("\n")).toMatch(new RegExp(`${SESSION_COOKIE}=deleted; .*Expires=Thu, 01 Jan 1970`));
  });

  it("clears a token the backend rejects", async () => {
    const { response, cookies } = await request("/", {
      cookie: `${SESSION_COOKIE}=${token}`,
      lookup: async () => null,
    });
    expect(response.status).toBe(303);
    expect(cookies.join("\n")).toContain(`${SESSION_COOKIE}=deleted`);
  });

  it("clears an expired or malformed token without a backend round-trip", async () => {
    for (const value of [expiredToken, "not-a-jwt"]) {
      const { response, lookup, cookies } = await request("/", { cookie: `${SESSION_COOKIE}=${value}` });
      expect(response.status).toBe(303);
      expect(lookup).not.toHaveBeenCalled();
      expect(cookies.join("\n")).toContain(`${SESSION_COOKIE}=deleted`);
    }
  });
});

describe("responses", () => {
  it.each([
    ["a redirect to anonymous visitors", "/products/colombia-huila", undefined],
    ["the sign-in page", "/sign-in", undefined],
    ["a priced page for a buyer", "/products/colombia-huila", `${SESSION_COOKIE}=${token}`],
    ["quick order for a buyer", "/quick-order", `${SESSION_COOKIE}=${token}`],
    ["SKU suggestions for a buyer", "/quick-order/suggest?q=huila", `${SESSION_COOKIE}=${token}`],
  ])("carry Cache-Control: private, no-store on %s", async (_name, path, cookie) => {
    const { response } = await request(path, { cookie });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
  });

  it("even when the page built an immutable response", async () => {
    const { response } = await request("/products/colombia-huila", {
      cookie: `${SESSION_COOKIE}=${token}`,
      page: () => Response.redirect("http://localhost:4322/cart", 303),
    });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("become the 503 page when the backend is unreachable during the session check", async () => {
    const { response, body } = await request("/", {
      cookie: `${SESSION_COOKIE}=${token}`,
      lookup: async () => {
        throw new BackendUnavailableError();
      },
    });
    expect(response.status).toBe(503);
    expect(body).toContain("Our shop is temporarily unavailable");
    expect(body).not.toMatch(/at .*\.ts:\d+|BackendUnavailableError/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("become the 503 page when the backend fails while the page loads its data", async () => {
    const { response } = await request("/cart", {
      cookie: `${SESSION_COOKIE}=${token}`,
      page: () => {
        throw new BackendUnavailableError();
      },
    });
    expect(response.status).toBe(503);
  });

  it("let other errors through to Astro's error page", async () => {
    await expect(
      request("/cart", {
        cookie: `${SESSION_COOKIE}=${token}`,
        page: () => {
          throw new Error("bug");
        },
      }),
    ).rejects.toThrow("bug");
  });
});
