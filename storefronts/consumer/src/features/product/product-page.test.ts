import { BackendRequestError } from "@hybrid/storefront-kit";
import { fakeCartClient, formData } from "@hybrid/storefront-kit/testing.ts";
import { describe, expect, it, vi } from "vitest";
import { handleAddToCartPost } from "./product-page";
import { kilo, small } from "../../test/products";

const openCart = () => Promise.resolve({ id: "cart_1" });

describe("handleAddToCartPost", () => {
  it("adds the chosen size to the cart and goes to the cart", async () => {
    const client = fakeCartClient();
    expect(
      await handleAddToCartPost(
        client,
        formData({ variant_id: "variant_250", quantity: "2" }),
        [small, kilo],
        openCart,
      ),
    ).toEqual({
      kind: "done",
      location: "/cart?added=1",
    });
    expect(client.carts.addItem).toHaveBeenCalledWith(
      "cart_1",
      { variantId: "variant_250", quantity: 2 },
      { fields: "id" },
    );
  });

  it("answers 422 beside the quantity when more are asked than are left, keeping what was submitted", async () => {
    const client = fakeCartClient();
    const open = vi.fn(openCart);
    expect(
      await handleAddToCartPost(client, formData({ variant_id: "variant_250", quantity: "5" }), [small, kilo], open),
    ).toEqual({
      kind: "failed",
      status: 422,
      formErrors: { quantity: "Only 3 left in stock" },
      formError: null,
      submittedQuantity: "5",
      submittedVariant: "variant_250",
    });
    expect(open).not.toHaveBeenCalled();
  });

  it("answers 422 beside the picker for a sold-out size", async () => {
    expect(
      await handleAddToCartPost(
        fakeCartClient(),
        formData({ variant_id: "variant_1kg", quantity: "1" }),
        [small, kilo],
        openCart,
      ),
    ).toMatchObject({
      status: 422,
      formErrors: { variant_id: "Sorry, this size is out of stock" },
    });
  });

  it("explains the backend's refusal for the whole form", async () => {
    const client = fakeCartClient();
    client.carts.addItem.mockRejectedValue(
      new BackendRequestError("Variant does not have the required inventory", 400),
    );
    expect(
      await handleAddToCartPost(client, formData({ variant_id: "variant_250", quantity: "1" }), [small], openCart),
    ).toMatchObject({
      status: 422,
      formErrors: {},
      formError: "Sorry, we don't have that many in stock. Try a smaller quantity.",
    });
    client.carts.addItem.mockRejectedValue(new BackendRequestError("Cart is completed", 400));
    expect(
      await handleAddToCartPost(client, formData({ variant_id: "variant_250", quantity: "1" }), [small], openCart),
    ).toMatchObject({
      formError: "We couldn't add this to your cart: Cart is completed",
    });
  });
});
