/**
 * Cart cookie handling against a fake backend: the cookie is httpOnly and site-prefixed, a
 * cookie naming a missing or completed cart is dropped, and a cart is created only when needed.
 */
import { NotFoundError } from "@hybrid/storefront-kit";
import { beforeEach, describe, expect, it, vi } from "vitest";

const backend = vi.hoisted(() => ({
  carts: { get: vi.fn(), create: vi.fn(), update: vi.fn() },
}));
vi.mock("../../lib/backend", () => ({ backend, SITE: "consumer" }));

const { cartUnits, loadCart, loadOrCreateCart } = await import("./cart.server");

const CART_ID = "cart_01JABCDEFGHJKMNPQRSTVWXYZ0";
const region = { id: "reg_eu", name: "Europe", currencyCode: "eur", countryCode: "de", locale: "en-IE" };

function context(cookies: Record<string, string> = {}, url = "http://localhost:4321/cart") {
  const values = new Map(Object.entries(cookies));
  const sets: Array<{ name: string; value: string; options: Record<string, unknown> }> = [];
  const deletes: string[] = [];
  const jar = {
    get: (name: string) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => {
      values.set(name, value);
      sets.push({ name, value, options });
    },
    delete: (name: string) => {
      values.delete(name);
      deletes.push(name);
    },
  };
  return { ctx: { cookies: jar, url: new URL(url), locals: { region } } as never, sets, deletes, values };
}

beforeEach(() => vi.resetAllMocks());

describe("loadCart", () => {
  it("returns null without reading the backend when there is no cookie", async () => {
    expect(await loadCart(context().ctx)).toBeNull();
    expect(backend.carts.get).not.toHaveBeenCalled();
  });

  it("ignores the trade site's cart cookie", async () => {
    expect(await loadCart(context({ hc_trade_cart: CART_ID }).ctx)).toBeNull();
  });

  it("drops a cookie whose cart no longer exists", async () => {
    backend.carts.get.mockRejectedValue(new NotFoundError());
    const { ctx, deletes } = context({ hc_consumer_cart: CART_ID });
    expect(await loadCart(ctx)).toBeNull();
    expect(deletes).toEqual(["hc_consumer_cart"]);
  });

  it("drops a cookie whose cart was already ordered", async () => {
    backend.carts.get.mockResolvedValue({ id: CART_ID, completed_at: "2026-01-01", region_id: "reg_eu" });
    const { ctx, deletes } = context({ hc_consumer_cart: CART_ID });
    expect(await loadCart(ctx)).toBeNull();
    expect(deletes).toEqual(["hc_consumer_cart"]);
  });

  it("moves the cart to the shopper's region after they changed country", async () => {
    backend.carts.get.mockResolvedValue({ id: CART_ID, completed_at: null, region_id: "reg_us" });
    backend.carts.update.mockResolvedValue({ id: CART_ID, region_id: "reg_eu" });
    const cart = await loadCart(context({ hc_consumer_cart: CART_ID }).ctx);
    expect(backend.carts.update).toHaveBeenCalledWith(CART_ID, {
      region_id: "reg_eu",
      shipping_address: { country_code: "de" },
    });
    expect(cart?.region_id).toBe("reg_eu");
  });
});

describe("loadOrCreateCart", () => {
  it("creates a cart in the shopper's region and country and remembers it in an httpOnly cookie", async () => {
    backend.carts.create.mockResolvedValue({ id: CART_ID, region_id: "reg_eu" });
    const { ctx, sets } = context({}, "https://shop.example.com/products/x");
    await loadOrCreateCart(ctx);
    expect(backend.carts.create).toHaveBeenCalledWith("reg_eu", { countryCode: "de" });
    expect(sets).toEqual([
      {
        name: "hc_consumer_cart",
        value: CART_ID,
        options: expect.objectContaining({ httpOnly: true, sameSite: "lax", path: "/", secure: true }),
      },
    ]);
  });

  it("reuses the open cart", async () => {
    backend.carts.get.mockResolvedValue({ id: CART_ID, completed_at: null, region_id: "reg_eu" });
    const { ctx, sets } = context({ hc_consumer_cart: CART_ID });
    expect((await loadOrCreateCart(ctx)).id).toBe(CART_ID);
    expect(backend.carts.create).not.toHaveBeenCalled();
    expect(sets).toEqual([]);
  });
});

describe("cartUnits", () => {
  it("counts units and treats a vanished cart as empty", async () => {
    backend.carts.get.mockResolvedValueOnce({ id: CART_ID, items: [{ quantity: 2 }, { quantity: 1 }] });
    expect(await cartUnits(context({ hc_consumer_cart: CART_ID }).ctx)).toBe(3);
    backend.carts.get.mockRejectedValueOnce(new NotFoundError());
    expect(await cartUnits(context({ hc_consumer_cart: CART_ID }).ctx)).toBe(0);
  });

  it("lets a backend outage through (the site answers 503)", async () => {
    const { BackendUnavailableError } = await import("@hybrid/storefront-kit");
    backend.carts.get.mockRejectedValueOnce(new BackendUnavailableError());
    await expect(cartUnits(context({ hc_consumer_cart: CART_ID }).ctx)).rejects.toThrow(BackendUnavailableError);
  });
});
