import { BackendRequestError, NotFoundError, cookieName } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { fakeCartClient, fakeCookies, requestsMade } from "../../test/fakes";
import { handleReorderPost, type ReorderScope } from "./order-page";

const CART = cookieName("trade", "cart");
const OPEN_CART = "cart_01JOPENCART000000000000";
const NEW_CART = "cart_01JNEWCART0000000000000";

function scope(cookies: Record<string, string> = {}) {
  const client = fakeCartClient();
  const jar = fakeCookies(cookies);
  const value: ReorderScope = {
    client,
    cookies: jar.cookies,
    url: new URL("http://localhost:4322/orders/order_1"),
    token: "tok",
    buyerId: "cus_1",
    regionId: "reg_eu",
    countryCode: "de",
  };
  return { scope: value, client, cookies: jar.values };
}

describe("handleReorderPost", () => {
  it("puts the lines into the open cart and goes to the cart", async () => {
    const { scope: s, client, cookies } = scope({ [CART]: OPEN_CART });
    client.carts.get.mockResolvedValue({
      id: OPEN_CART,
      region_id: "reg_eu",
      customer_id: "cus_1",
      shipping_address: { country_code: "de" },
    } as HttpTypes.StoreCart);
    client.request.mockResolvedValue({ cart: { id: OPEN_CART } });
    expect(await handleReorderPost(s, "order_1", "buyer")).toEqual({ kind: "done", location: "/cart?reordered=1" });
    expect(requestsMade(client)).toEqual([["POST", "/store/companies/me/orders/order_1/reorder"]]);
    expect(client.request.mock.calls[0]?.[1]?.body).toEqual({ cart_id: OPEN_CART });
    expect(cookies.get(CART)).toBe(OPEN_CART);
  });

  it("remembers the new cart the backend made when there was none", async () => {
    const { scope: s, client, cookies } = scope();
    client.request.mockResolvedValue({ cart: { id: NEW_CART } });
    expect(await handleReorderPost(s, "order_1", "admin")).toEqual({ kind: "done", location: "/cart?reordered=1" });
    expect(client.request.mock.calls[0]?.[1]?.body).toEqual({});
    expect(cookies.get(CART)).toBe(NEW_CART);
  });

  it("refuses a viewer with 403 and touches nothing", async () => {
    const { scope: s, client } = scope();
    expect(await handleReorderPost(s, "order_1", "viewer")).toEqual({
      kind: "failed",
      status: 403,
      message: "Viewers cannot reorder.",
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal, and is a 404 for an order not visible to the buyer", async () => {
    const { scope: s, client } = scope();
    client.request.mockRejectedValue(new BackendRequestError("No line of this order can be ordered any more", 400));
    expect(await handleReorderPost(s, "order_1", "buyer")).toEqual({
      kind: "failed",
      status: 400,
      message: "No line of this order can be ordered any more",
    });
    client.request.mockRejectedValue(new NotFoundError());
    expect(await handleReorderPost(s, "order_1", "buyer")).toEqual({ kind: "not-found" });
  });
});
