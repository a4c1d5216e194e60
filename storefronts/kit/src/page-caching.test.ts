import { createContext } from "astro/middleware";
import { describe, expect, it } from "vitest";
import { PRIVATE_PAGE_CACHE_CONTROL, pageCaching, SHARED_PAGE_CACHE_CONTROL } from "./page-caching";

const caching = pageCaching({ isShareable: (path) => path === "/" || path.startsWith("/products/") });

async function answer(
  path: string,
  options: {
    cookie?: string;
    method?: string;
    status?: number;
    type?: string;
    headers?: Record<string, string>;
    setCookie?: boolean;
  } = {},
) {
  const context = createContext({
    request: new Request(`http://site.test${path}`, {
      method: options.method ?? "GET",
      headers: options.cookie ? { cookie: options.cookie } : {},
    }),
    defaultLocale: "en",
    locals: {} as App.Locals,
  });
  const response = (await caching(context, async () => {
    if (options.setCookie) context.cookies.set("hc_recent", "x", { path: "/" });
    return new Response("<html></html>", {
      status: options.status ?? 200,
      headers: { "content-type": options.type ?? "text/html; charset=utf-8", ...options.headers },
    });
  })) as Response;
  return { cacheControl: response.headers.get("cache-control"), vary: response.headers.get("vary") };
}

describe("page caching", () => {
  it("lets a CDN share a catalog page for a visitor with no cookie that gets none, per browser language", async () => {
    expect(await answer("/products/colombia-huila")).toEqual({
      cacheControl: SHARED_PAGE_CACHE_CONTROL,
      vary: "Accept-Language",
    });
    expect(await answer("/", { headers: { vary: "Accept-Encoding" } })).toEqual({
      cacheControl: SHARED_PAGE_CACHE_CONTROL,
      vary: "Accept-Encoding, Accept-Language",
    });
  });

  it("keeps private whatever may be someone's: a cookie sent or set, another path, a POST, an error", async () => {
    const kept = { cacheControl: PRIVATE_PAGE_CACHE_CONTROL, vary: null };
    expect(await answer("/products/colombia-huila", { cookie: "hc_consumer_cart=cart_1" })).toEqual(kept);
    expect(await answer("/products/colombia-huila", { setCookie: true })).toEqual(kept);
    expect(await answer("/cart")).toEqual(kept);
    expect(await answer("/products/colombia-huila", { method: "POST" })).toEqual(kept);
    expect(await answer("/products/nope", { status: 404 })).toEqual(kept);
  });

  it("leaves answers that are not pages, or already say how to cache them, alone", async () => {
    expect(await answer("/products/x", { type: "application/json" })).toEqual({ cacheControl: null, vary: null });
    expect(await answer("/", { headers: { "cache-control": "public, max-age=600" } })).toEqual({
      cacheControl: "public, max-age=600",
      vary: null,
    });
  });
});
