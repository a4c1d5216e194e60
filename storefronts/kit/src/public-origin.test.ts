import { describe, expect, it } from "vitest";
import {
  DIRECT,
  ProxySettingsError,
  forwardedOrigin,
  isForbiddenCrossSiteRequest,
  proxySettings,
  publicOriginMiddleware,
  visitorAddress,
} from "./public-origin";
import { safeCookieOptions } from "./cookies";

const PUBLIC = "https://trade.example.com";
const behindProxy = proxySettings({
  publicUrl: PUBLIC,
  publicUrlVariable: "TRADE_PUBLIC_URL",
  trustedProxies: "10.0.0.0/8, loopback",
});

function proxied(headers: Record<string, string>, init: RequestInit = {}) {
  return new Request("http://127.0.0.1:4322/cart", { ...init, headers: { host: "127.0.0.1:4322", ...headers } });
}

describe("proxySettings", () => {
  it("trusts nobody unless TRUSTED_PROXIES is set", () => {
    expect(proxySettings({ publicUrl: PUBLIC, publicUrlVariable: "X" }).trustedProxies).toBeNull();
    expect(
      proxySettings({ publicUrl: PUBLIC, publicUrlVariable: "X", trustedProxies: " , " }).trustedProxies,
    ).toBeNull();
  });

  it("keeps only the origin of the public URL", () => {
    expect(proxySettings({ publicUrl: "https://trade.example.com/shop/", publicUrlVariable: "X" }).publicOrigin).toBe(
      PUBLIC,
    );
  });

  it.each(["example.com", "10.0.0.300", "10.0.0.0/33", "::1/129", "10.0.0.1/8/2", "*"])(
    "refuses the trusted proxy %j, naming the variable",
    (entry) => {
      expect(() => proxySettings({ publicUrl: PUBLIC, publicUrlVariable: "X", trustedProxies: entry })).toThrow(
        /TRUSTED_PROXIES/,
      );
    },
  );

  it("refuses a public URL that is not http(s)", () => {
    expect(() => proxySettings({ publicUrl: "ftp://x", publicUrlVariable: "TRADE_PUBLIC_URL" })).toThrow(
      ProxySettingsError,
    );
    expect(() => proxySettings({ publicUrl: "nope", publicUrlVariable: "TRADE_PUBLIC_URL" })).toThrow(
      /TRADE_PUBLIC_URL/,
    );
  });
});

describe("visitorAddress (per-address throttles behind a proxy)", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const direct = proxySettings({ publicUrl: PUBLIC, publicUrlVariable: "X" });
    expect(visitorAddress(proxied({ "x-forwarded-for": "1.2.3.4" }), "203.0.113.9", direct)).toBe("203.0.113.9");
    expect(visitorAddress(proxied({ "x-forwarded-for": "1.2.3.4" }), "127.0.0.1", direct)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from an untrusted peer", () => {
    expect(visitorAddress(proxied({ "x-forwarded-for": "1.2.3.4" }), "203.0.113.9", behindProxy)).toBe("203.0.113.9");
  });

  it("takes the nearest untrusted hop through trusted proxies, so a client cannot pick its own address", () => {
    // The client forged "6.6.6.6"; the proxy appended the address it saw.
    expect(visitorAddress(proxied({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }), "127.0.0.1", behindProxy)).toBe(
      "198.51.100.7",
    );
    expect(visitorAddress(proxied({ "x-forwarded-for": "198.51.100.7, 10.1.2.3" }), "127.0.0.1", behindProxy)).toBe(
      "198.51.100.7",
    );
  });

  it("falls back to the peer for a missing or malformed chain", () => {
    expect(visitorAddress(proxied({}), "127.0.0.1", behindProxy)).toBe("127.0.0.1");
    expect(visitorAddress(proxied({ "x-forwarded-for": "not-an-ip" }), "127.0.0.1", behindProxy)).toBe("127.0.0.1");
  });
});

describe("forwardedOrigin", () => {
  const https = { "x-forwarded-proto": "https", "x-forwarded-host": "trade.example.com" };

  it("takes the public origin from a trusted proxy", () => {
    expect(forwardedOrigin(proxied(https), "127.0.0.1", behindProxy)).toBe(PUBLIC);
    expect(forwardedOrigin(proxied(https), "::ffff:127.0.0.1", behindProxy)).toBe(PUBLIC);
    expect(forwardedOrigin(proxied(https), "::1", behindProxy)).toBe(PUBLIC);
    expect(forwardedOrigin(proxied(https), "10.1.2.3", behindProxy)).toBe(PUBLIC);
    expect(forwardedOrigin(proxied({ ...https, "x-forwarded-proto": "https, http" }), "10.1.2.3", behindProxy)).toBe(
      PUBLIC,
    );
  });

  it("falls back to Host when the proxy forwards the public Host itself", () => {
    const request = new Request("http://trade.example.com/cart", {
      headers: { host: "trade.example.com", "x-forwarded-proto": "https" },
    });
    expect(forwardedOrigin(request, "127.0.0.1", behindProxy)).toBe(PUBLIC);
  });

  it("ignores forwarded headers from anyone else", () => {
    expect(forwardedOrigin(proxied(https), "192.168.1.5", behindProxy)).toBeNull();
    expect(forwardedOrigin(proxied(https), undefined, behindProxy)).toBeNull();
    expect(forwardedOrigin(proxied(https), "127.0.0.1", DIRECT)).toBeNull();
  });

  it("ignores a forwarded origin that is not the public one", () => {
    const cases: Record<string, string>[] = [
      { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" },
      { "x-forwarded-proto": "http", "x-forwarded-host": "trade.example.com" },
      { "x-forwarded-proto": "https", "x-forwarded-host": "trade.example.com:8443" },
      { "x-forwarded-proto": "https", "x-forwarded-host": "trade.example.com@evil.example" },
      { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example/trade.example.com" },
      { "x-forwarded-proto": "javascript", "x-forwarded-host": "trade.example.com" },
      { "x-forwarded-host": "trade.example.com" },
    ];
    for (const headers of cases) {
      expect(forwardedOrigin(proxied(headers), "127.0.0.1", behindProxy)).toBeNull();
    }
  });
});

describe("isForbiddenCrossSiteRequest (Astro's rule)", () => {
  const post = (headers: Record<string, string>) => new Request("http://x/cart", { method: "POST", headers });
  const form = { "content-type": "application/x-www-form-urlencoded" };

  it("lets safe methods and same-origin forms through", () => {
    expect(isForbiddenCrossSiteRequest(new Request("http://x/"), PUBLIC)).toBe(false);
    expect(isForbiddenCrossSiteRequest(post({ ...form, origin: PUBLIC }), PUBLIC)).toBe(false);
    expect(isForbiddenCrossSiteRequest(post({ "content-type": "application/json" }), PUBLIC)).toBe(false);
  });

  it("refuses forms of other origins or without one", () => {
    expect(isForbiddenCrossSiteRequest(post({ ...form, origin: "https://evil.example" }), PUBLIC)).toBe(true);
    expect(isForbiddenCrossSiteRequest(post({ ...form, origin: "http://trade.example.com" }), PUBLIC)).toBe(true);
    expect(isForbiddenCrossSiteRequest(post({ ...form, origin: "null" }), PUBLIC)).toBe(true);
    expect(isForbiddenCrossSiteRequest(post(form), PUBLIC)).toBe(true);
    expect(isForbiddenCrossSiteRequest(post({ "content-type": "multipart/form-data; boundary=x" }), PUBLIC)).toBe(true);
    expect(isForbiddenCrossSiteRequest(post({ "content-type": "text/plain" }), PUBLIC)).toBe(true);
    expect(isForbiddenCrossSiteRequest(post({}), PUBLIC)).toBe(true);
  });
});

describe("publicOriginMiddleware", () => {
  function context(request: Request, peer: string | undefined) {
    return {
      request,
      url: new URL(request.url),
      isPrerendered: false,
      get clientAddress(): string {
        if (peer === undefined) throw new Error("unknown");
        return peer;
      },
    };
  }
  const run = async (settings: typeof DIRECT, request: Request, peer?: string) => {
    const ctx = context(request, peer);
    let reached = false;
    const response = await publicOriginMiddleware(settings)(ctx as never, async () => {
      reached = true;
      return new Response("page");
    });
    return { ctx, reached, response: response as Response };
  };
  const formPost = (origin: string) =>
    proxied(
      {
        "x-forwarded-proto": "https",
        "x-forwarded-host": "trade.example.com",
        origin,
        "content-type": "application/x-www-form-urlencoded",
      },
      { method: "POST", body: "country=de" },
    );

  it("makes the page see the public https origin, so cookies are Secure", async () => {
    const { ctx, reached } = await run(
      behindProxy,
      proxied({ "x-forwarded-proto": "https", "x-forwarded-host": "trade.example.com" }),
      "127.0.0.1",
    );
    expect(reached).toBe(true);
    expect(ctx.url.href).toBe("https://trade.example.com/cart");
    expect(safeCookieOptions(ctx.url).secure).toBe(true);
  });

  it("passes a same-origin form post made through the proxy", async () => {
    const { reached, response } = await run(behindProxy, formPost(PUBLIC), "127.0.0.1");
    expect(reached).toBe(true);
    expect(response.status).toBe(200);
  });

  it("refuses a cross-site form post through the proxy (403)", async () => {
    const { reached, response } = await run(behindProxy, formPost("https://evil.example"), "127.0.0.1");
    expect(reached).toBe(false);
    expect(response.status).toBe(403);
  });

  it("without trusted proxies keeps the request URL: http stays http and a forged header changes nothing", async () => {
    const { ctx, reached, response } = await run(DIRECT, formPost(PUBLIC), "127.0.0.1");
    expect(ctx.url.origin).toBe("http://127.0.0.1:4322");
    expect(safeCookieOptions(ctx.url).secure).toBe(false);
    expect(reached).toBe(false);
    expect(response.status).toBe(403);
  });

  it("passes a plain-http same-origin post on localhost", async () => {
    const request = new Request("http://localhost:4322/region", {
      method: "POST",
      body: "country=de",
      headers: { origin: "http://localhost:4322", "content-type": "application/x-www-form-urlencoded" },
    });
    const { reached } = await run(DIRECT, request, "127.0.0.1");
    expect(reached).toBe(true);
  });
});
