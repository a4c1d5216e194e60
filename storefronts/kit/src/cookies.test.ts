import { describe, expect, it } from "vitest";
import { cookieName, safeCookieOptions, siteCookies, type CookieJar, type SafeCookieOptions } from "./cookies";

function fakeJar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const writes: Array<{ name: string; value: string | null; options: Partial<SafeCookieOptions> }> = [];
  const jar: CookieJar = {
    get: (name) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name, value, options) => {
      values.set(name, value);
      writes.push({ name, value, options });
    },
    delete: (name, options) => {
      values.delete(name);
      writes.push({ name, value: null, options });
    },
  };
  return { jar, values, writes };
}

const http = new URL("http://localhost:4321/cart");
const https = new URL("https://shop.example.com/cart");

describe("cookie names", () => {
  it("are prefixed with the site so both sites can share localhost", () => {
    expect(cookieName("consumer", "cart")).toBe("hc_consumer_cart");
    expect(cookieName("trade", "session")).toBe("hc_trade_session");
    expect(cookieName("consumer", "region")).toBe("hc_consumer_region");
  });
});

describe("safeCookieOptions", () => {
  it("is httpOnly, lax, site-wide, and secure only over https", () => {
    expect(safeCookieOptions(http)).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    expect(safeCookieOptions(https, 60).secure).toBe(true);
    expect(safeCookieOptions(https, 60).maxAge).toBe(60);
  });
});

describe("siteCookies", () => {
  it("stores the cart id with safe options and a lifetime", () => {
    const { jar, writes } = fakeJar();
    siteCookies("consumer", jar, https).cart.set("cart_01JABCDEFGHJKMNPQRSTVWXYZ0");
    expect(writes[0]).toMatchObject({
      name: "hc_consumer_cart",
      value: "cart_01JABCDEFGHJKMNPQRSTVWXYZ0",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(writes[0]!.options.maxAge).toBeGreaterThan(0);
  });

  it("reads back what it wrote and ignores the other site's cookie", () => {
    const { jar } = fakeJar({ hc_trade_cart: "cart_01JTRADETRADETRADETRADE00" });
    const consumer = siteCookies("consumer", jar, http);
    expect(consumer.cart.get()).toBeUndefined();
    consumer.cart.set("cart_01JCONSUMERCONSUMER000000");
    expect(consumer.cart.get()).toBe("cart_01JCONSUMERCONSUMER000000");
  });

  it("treats malformed values as absent and refuses to write them", () => {
    const { jar } = fakeJar({ hc_consumer_cart: "<script>", hc_consumer_region: "Germany" });
    const cookies = siteCookies("consumer", jar, http);
    expect(cookies.cart.get()).toBeUndefined();
    expect(cookies.region.get()).toBeUndefined();
    expect(() => cookies.region.set("DEU")).toThrow(TypeError);
  });

  it("clears with the same path so the browser really drops it", () => {
    const { jar, writes, values } = fakeJar({ hc_consumer_cart: "cart_01JABCDEFGHJKMNPQRSTVWXYZ0" });
    siteCookies("consumer", jar, http).cart.clear();
    expect(values.has("hc_consumer_cart")).toBe(false);
    expect(writes[0]!.options.path).toBe("/");
  });
});
