import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { fakeCartClient, formData } from "@hybrid/storefront-kit/testing.ts";
import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { handleCartPost } from "./cart-page";

const cart = { id: "cart_1", items: [{ id: "cali_1" }] } as HttpTypes.StoreCart;

describe("handleCartPost", () => {
  it("changes a quantity and goes back to the cart", async () => {
    const client = fakeCartClient();
    expect(
      await handleCartPost(client, cart, formData({ intent: "update", line_id: "cali_1", quantity: "3" })),
    ).toEqual({ kind: "done", location: "/cart" });
    expect(client.carts.updateItem).toHaveBeenCalledWith("cart_1", "cali_1", 3, { fields: "id" });
  });

  it("removes a line, also for quantity 0", async () => {
    const client = fakeCartClient();
    expect(
      await handleCartPost(client, cart, formData({ intent: "update", line_id: "cali_1", quantity: "0" })),
    ).toEqual({ kind: "done", location: "/cart" });
    expect(await handleCartPost(client, cart, formData({ intent: "remove", line_id: "cali_1" }))).toEqual({
      kind: "done",
      location: "/cart",
    });
    expect(client.carts.removeItem).toHaveBeenCalledTimes(2);
  });

  it("answers 422 beside the line for a quantity over the limit, changing nothing", async () => {
    const client = fakeCartClient();
    expect(
      await handleCartPost(client, cart, formData({ intent: "update", line_id: "cali_1", quantity: "100" })),
    ).toEqual({
      kind: "failed",
      status: 422,
      lineError: { lineId: "cali_1", message: "At most 99 per item" },
    });
    expect(client.carts.updateItem).not.toHaveBeenCalled();
  });

  it("refuses a line from another cart, and any change to an empty cart", async () => {
    const client = fakeCartClient();
    expect(await handleCartPost(client, cart, formData({ intent: "remove", line_id: "cali_other" }))).toMatchObject({
      status: 422,
      lineError: { lineId: null, message: "That item is no longer in your cart" },
    });
    expect(
      await handleCartPost(
        client,
        { id: "cart_1", items: [] } as unknown as HttpTypes.StoreCart,
        formData({ intent: "remove", line_id: "cali_1" }),
      ),
    ).toMatchObject({
      status: 422,
      lineError: { lineId: null },
    });
  });

  it("says when stock is short, and when the line vanished meanwhile", async () => {
    const client = fakeCartClient();
    client.carts.updateItem.mockRejectedValue(
      new BackendRequestError("Variant does not have the required inventory", 400),
    );
    expect(
      await handleCartPost(client, cart, formData({ intent: "update", line_id: "cali_1", quantity: "9" })),
    ).toEqual({
      kind: "failed",
      status: 422,
      lineError: { lineId: "cali_1", message: "Sorry, we don't have that many in stock." },
    });
    client.carts.removeItem.mockRejectedValue(new NotFoundError());
    expect(await handleCartPost(client, cart, formData({ intent: "remove", line_id: "cali_1" }))).toEqual({
      kind: "failed",
      status: 422,
      lineError: { lineId: null, message: "That item is no longer in your cart." },
    });
  });
});
