import { BackendRequestError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { loadCart, type CartScope } from "../cart/cart";
import { handleSwitchCompanyPost, switchableCompanies } from "./switcher";

/** A cookie jar like Astro's for one request. */
function cookieJar(cartId?: string) {
  const values = new Map<string, string>(cartId ? [["hc_trade_cart", cartId]] : []);
  return {
    get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name: string, value: string) => values.set(name, value),
    delete: (name: string) => values.delete(name),
    has: (name: string) => values.has(name),
    values,
  };
}

const alpha = { id: "comp_alpha", name: "Alpha Café", role: "buyer", status: "active", active: true };
const bravo = { id: "comp_bravo", name: "Bravo Café", role: "admin", status: "active", active: false };

describe("company switcher", () => {
  it("is offered only to a person of two or more companies, without companies they cannot use", () => {
    expect(switchableCompanies([alpha])).toEqual([]);
    expect(switchableCompanies([])).toEqual([]);
    expect(switchableCompanies([alpha, bravo])).toEqual([alpha, bravo]);
    expect(switchableCompanies([alpha, { ...bravo, status: "suspended" }])).toEqual([]);
  });

  it("switches on the backend, forgets this browser's cart and goes back where the form was", async () => {
    const request = vi.fn(async () => ({}));
    const cookies = cookieJar("cart_01ALPHA000000");
    const form = new FormData();
    form.set("company_id", "comp_bravo");
    form.set("next", "/cart");
    const outcome = await handleSwitchCompanyPost({ request } as never, "a.b.c", form, {
      cookies: cookies as never,
      url: new URL("http://localhost:4322/company/switch"),
    });
    expect(outcome).toEqual({ kind: "switched", next: "/cart" });
    expect(request).toHaveBeenCalledWith("/store/companies/me/active", {
      method: "POST",
      body: { company_id: "comp_bravo" },
      token: "a.b.c",
    });
    expect(cookies.values.has("hc_trade_cart")).toBe(false);
  });

  it("refuses a missing company and passes on the backend's refusal, keeping the cart and going nowhere off-site", async () => {
    const cookies = cookieJar("cart_01ALPHA000000");
    const context = { cookies: cookies as never, url: new URL("http://localhost:4322/company/switch") };
    const request = vi.fn(async () => {
      throw new BackendRequestError("company_id: no company of yours with id comp_x", 404);
    });
    expect(await handleSwitchCompanyPost({ request } as never, "t", new FormData(), context)).toMatchObject({
      kind: "refused",
      status: 400,
    });
    const form = new FormData();
    form.set("company_id", "comp_x");
    form.set("next", "https://evil.example/");
    expect(await handleSwitchCompanyPost({ request } as never, "t", form, context)).toEqual({
      kind: "refused",
      status: 404,
      message: "company_id: no company of yours with id comp_x",
    });
    expect(cookies.values.get("hc_trade_cart")).toBe("cart_01ALPHA000000");
  });
});

describe("the cart follows the person and the company", () => {
  const cartOf = (id: string, company: string) => ({
    id,
    region_id: "reg_eu",
    customer_id: "cus_1",
    completed_at: null,
    shipping_address: { country_code: "de" },
    metadata: { company_id: company },
    items: [],
  });
  const scopeWith = (cookie: string | undefined, serverCart: string | null) => {
    const cookies = cookieJar(cookie);
    const carts = {
      get: vi.fn(async (id: string) => cartOf(id, id.includes("ALPHA") ? "comp_alpha" : "comp_bravo")),
      update: vi.fn(),
      create: vi.fn(),
    };
    const request = vi.fn(async () => ({ cart: serverCart ? { id: serverCart } : null }));
    const scope = {
      client: { carts, request },
      cookies,
      url: new URL("http://localhost:4322/cart"),
      token: "a.b.c",
      buyerId: "cus_1",
      regionId: "reg_eu",
      countryCode: "de",
      companyId: "comp_bravo",
    } as unknown as CartScope;
    return { scope, cookies, request };
  };

  it("a browser without a cart cookie (a second sign-in) shows the person's server-side cart", async () => {
    const { scope, cookies } = scopeWith(undefined, "cart_01BRAVO000000");
    expect((await loadCart(scope))?.id).toBe("cart_01BRAVO000000");
    expect(cookies.values.get("hc_trade_cart")).toBe("cart_01BRAVO000000");
  });

  it("a cookie of another company's cart gives way to the cart of the company acted for", async () => {
    const { scope, cookies } = scopeWith("cart_01ALPHA000000", "cart_01BRAVO000000");
    expect((await loadCart(scope))?.id).toBe("cart_01BRAVO000000");
    expect(cookies.values.get("hc_trade_cart")).toBe("cart_01BRAVO000000");
    const none = scopeWith("cart_01ALPHA000000", null);
    expect(await loadCart(none.scope)).toBeNull();
    expect(none.cookies.values.has("hc_trade_cart")).toBe(false);
  });
});
