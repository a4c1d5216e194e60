import { BackendRequestError, cookieName } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { fakeCartClient, fakeCookies, formData, requestsMade } from "../../test/fakes";
import { handleCartPost, type CartPageScope } from "./cart-page";

const CART = cookieName("trade", "cart");
const CART_ID = "cart_01JCART00000000000000000";
const openCart = {
  id: CART_ID,
  region_id: "reg_eu",
  customer_id: "cus_1",
  shipping_address: { country_code: "de" },
  items: [{ id: "item_1" }],
} as HttpTypes.StoreCart;

function setup({ cart = openCart as HttpTypes.StoreCart | null } = {}) {
  const client = fakeCartClient();
  if (cart) client.carts.get.mockResolvedValue(cart);
  const jar = fakeCookies(cart ? { [CART]: cart.id } : {});
  const scope: CartPageScope = {
    client,
    cookies: jar.cookies,
    url: new URL("http://localhost:4322/cart"),
    token: "tok",
    buyerId: "cus_1",
    regionId: "reg_eu",
    countryCode: "de",
  };
  return { scope, client, cookies: jar.values };
}

describe("handleCartPost: lines", () => {
  it("changes a line's quantity and goes back with 'updated'", async () => {
    const { scope, client } = setup();
    client.carts.updateItem.mockResolvedValue(openCart);
    expect(await handleCartPost(scope, formData({ intent: "update", line_id: "item_1", quantity: "12" }))).toEqual({
      kind: "done",
      location: "/cart?updated=1",
    });
    expect(client.carts.updateItem).toHaveBeenCalledWith(CART_ID, "item_1", 12, { token: "tok", fields: "id" });
  });

  it("removes a line and goes back with 'removed'", async () => {
    const { scope, client } = setup();
    expect(await handleCartPost(scope, formData({ intent: "remove", line_id: "item_1" }))).toEqual({
      kind: "done",
      location: "/cart?removed=1",
    });
    expect(client.carts.removeItem).toHaveBeenCalledWith(CART_ID, "item_1", { token: "tok", fields: "id" });
  });

  it("answers 422 on the line for a quantity that is not a whole number, keeping what was typed", async () => {
    const { scope, client } = setup();
    expect(
      await handleCartPost(scope, formData({ intent: "update", line_id: "item_1", quantity: "2.5" })),
    ).toMatchObject({
      kind: "failed",
      status: 422,
      line: { lineId: "item_1", message: "Enter a whole number from 1 to 9999, or remove the line.", quantity: "2.5" },
      quote: null,
      approval: null,
    });
    expect(client.carts.updateItem).not.toHaveBeenCalled();
  });

  it("answers 404 for a line no longer in the cart", async () => {
    const { scope } = setup();
    expect(
      await handleCartPost(scope, formData({ intent: "update", line_id: "item_gone", quantity: "3" })),
    ).toMatchObject({
      status: 404,
      line: { message: "That cart line no longer exists." },
    });
  });

  it("shows a refused quantity (a quantity rule) on its line without the field prefix; a locked cart is 409", async () => {
    const { scope, client } = setup();
    client.carts.updateItem.mockRejectedValue(
      new BackendRequestError("quantity: SKU ETH-1KG is sold in multiples of 6", 400),
    );
    expect(await handleCartPost(scope, formData({ intent: "update", line_id: "item_1", quantity: "5" }))).toMatchObject(
      {
        status: 400,
        line: { lineId: "item_1", message: "SKU ETH-1KG is sold in multiples of 6", quantity: "5" },
      },
    );
    client.carts.removeItem.mockRejectedValue(new BackendRequestError("The cart is awaiting approval", 403));
    expect(await handleCartPost(scope, formData({ intent: "remove", line_id: "item_1" }))).toMatchObject({
      status: 409,
      line: { lineId: "item_1", message: "The cart is awaiting approval", quantity: undefined },
    });
  });
});

describe("handleCartPost: quote request", () => {
  it("turns the cart into a quote, forgets the cart and goes to the quote", async () => {
    const { scope, client, cookies } = setup();
    client.request.mockResolvedValue({ quote: { id: "quo_1" } });
    expect(await handleCartPost(scope, formData({ intent: "request-quote", message: "200 kg over the year" }))).toEqual(
      {
        kind: "done",
        location: "/quotes/quo_1?done=requested",
      },
    );
    expect(client.request.mock.calls[0]?.[1]?.body).toEqual({ cart_id: CART_ID, message: "200 kg over the year" });
    expect(cookies.has(CART)).toBe(false);
  });

  it("answers 400 naming the message when it is empty", async () => {
    const { scope, client } = setup();
    expect(await handleCartPost(scope, formData({ intent: "request-quote", message: " " }))).toMatchObject({
      status: 400,
      quote: { message: expect.stringContaining("Tell our sales team"), value: "" },
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("sends an empty cart back to the cart page", async () => {
    const { scope } = setup({ cart: null });
    expect(await handleCartPost(scope, formData({ intent: "request-quote", message: "hi" }))).toEqual({
      kind: "done",
      location: "/cart?empty=1",
    });
  });

  it("shows the backend's refusal in the quote form with the message kept, and keeps the cart", async () => {
    const { scope, client, cookies } = setup();
    client.request.mockRejectedValue(new BackendRequestError("Viewers cannot request quotes", 403));
    expect(await handleCartPost(scope, formData({ intent: "request-quote", message: "hi" }))).toMatchObject({
      status: 403,
      quote: { message: "Viewers cannot request quotes", value: "hi" },
    });
    expect(cookies.get(CART)).toBe(CART_ID);
  });
});

describe("handleCartPost: approval", () => {
  it("submits the cart for approval, and withdraws the request", async () => {
    const { scope, client } = setup();
    client.request.mockResolvedValue({ approval: {} });
    expect(
      await handleCartPost(scope, formData({ intent: "submit-approval", approval_comment: "For the new branch" })),
    ).toEqual({
      kind: "done",
      location: "/cart?approval=submitted",
    });
    expect(await handleCartPost(scope, formData({ intent: "withdraw-approval" }))).toEqual({
      kind: "done",
      location: "/cart?approval=withdrawn",
    });
    expect(requestsMade(client)).toEqual([
      ["POST", `/store/carts/${CART_ID}/approval`],
      ["DELETE", `/store/carts/${CART_ID}/approval`],
    ]);
  });

  it("answers 400 for a comment that is too long, and shows a refusal with the comment kept", async () => {
    const { scope, client } = setup();
    expect(
      await handleCartPost(scope, formData({ intent: "submit-approval", approval_comment: "x".repeat(2001) })),
    ).toMatchObject({
      status: 400,
      approval: { message: expect.stringContaining("The comment") },
    });
    client.request.mockRejectedValue(new BackendRequestError("No approval is needed for this cart", 409));
    expect(
      await handleCartPost(scope, formData({ intent: "submit-approval", approval_comment: "please" })),
    ).toMatchObject({
      status: 409,
      approval: { message: "No approval is needed for this cart", value: "please" },
    });
  });
});
