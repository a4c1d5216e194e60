import { BackendRequestError } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it, vi } from "vitest";
import { fakeCheckoutClient, formData } from "../../test/fakes";
import { ON_ACCOUNT_PROVIDER } from "../company/types";
import { paymentOptions } from "./payment-options";
import { handlePlaceOrderPost, handleRefreshPricesPost, type ReviewContext } from "./review-page";

const cart = { id: "cart_1", shipping_methods: [{ shipping_option_id: "so_std" }] } as unknown as HttpTypes.StoreCart;
const options = [{ id: "so_std" }, { id: "so_express" }];

function setup() {
  const client = fakeCheckoutClient();
  const cartCookie = { clear: vi.fn() };
  const context: ReviewContext<{ id: string }> = {
    cart,
    options,
    payment: paymentOptions("net30", [ON_ACCOUNT_PROVIDER])[0]!,
    cartCookie,
  };
  return { client, context, cartCookie };
}

describe("handlePlaceOrderPost", () => {
  it("places the order on account, forgets the cart and shows the order as placed", async () => {
    const { client, context, cartCookie } = setup();
    client.checkout.complete.mockResolvedValue({
      type: "order",
      order: { id: "order_1", display_id: 7 } as HttpTypes.StoreOrder,
    });
    expect(await handlePlaceOrderPost(client, "tok", formData({ option_id: "so_std" }), context)).toEqual({
      kind: "done",
      location: "/orders/order_1?placed=1",
    });
    expect(client.checkout.initiatePayment).toHaveBeenCalledWith(cart, ON_ACCOUNT_PROVIDER, { token: "tok" });
    expect(client.checkout.setShippingMethod).not.toHaveBeenCalled();
    expect(cartCookie.clear).toHaveBeenCalled();
  });

  it("answers 400 for a delivery option that is not offered, ordering nothing", async () => {
    const { client, context } = setup();
    expect(await handlePlaceOrderPost(client, "tok", formData({ option_id: "so_forged" }), context)).toEqual({
      kind: "failed",
      status: 400,
      failure: {
        problem: "other",
        title: "Choose a delivery option",
        message: "That delivery option is not available for this address; choose another.",
        hint: null,
      },
    });
    expect(client.checkout.complete).not.toHaveBeenCalled();
  });

  it("explains a spending-limit refusal (403) and keeps the chosen option selected; the cart stays", async () => {
    const { client, context, cartCookie } = setup();
    client.checkout.setShippingMethod.mockResolvedValue(cart);
    client.checkout.complete.mockRejectedValue(
      new BackendRequestError("This order exceeds your spending limit: 120.00 EUR remain", 403),
    );
    expect(await handlePlaceOrderPost(client, "tok", formData({ option_id: "so_express" }), context)).toEqual({
      kind: "failed",
      status: 403,
      failure: expect.objectContaining({ problem: "spending-limit", title: "Over your spending limit" }),
      option: { id: "so_express" },
    });
    expect(cartCookie.clear).not.toHaveBeenCalled();
  });

  it("answers 422 when the backend hands the cart back with an error", async () => {
    const { client, context } = setup();
    client.checkout.complete.mockResolvedValue({
      type: "cart",
      cart,
      error: { message: "Payment was not authorized" },
    });
    expect(await handlePlaceOrderPost(client, "tok", formData({ option_id: "so_std" }), context)).toMatchObject({
      status: 422,
      failure: { title: "Your order was not placed", message: "Payment was not authorized" },
    });
  });
});

describe("prices changed", () => {
  const changed = {
    line_item_id: "cali_1",
    sku: "CHEMEX-FILTERS",
    title: "Chemex filters",
    quantity: 12,
    unit_price: 13.37,
    current_unit_price: 28.1,
  };

  it("hands the changed lines to the page when Place order answers 409 cart_prices_changed", async () => {
    const { client, context, cartCookie } = setup();
    client.checkout.complete.mockRejectedValue(
      new BackendRequestError("Prices changed since these lines were added: CHEMEX-FILTERS …", 409, {
        body: { type: "conflict", code: "cart_prices_changed", lines: [changed] },
      }),
    );
    expect(await handlePlaceOrderPost(client, "tok", formData({ option_id: "so_std" }), context)).toEqual({
      kind: "failed",
      status: 409,
      failure: expect.objectContaining({ problem: "prices-changed", title: "Prices have changed" }),
      option: { id: "so_std" },
      priceChanges: [changed],
    });
    expect(cartCookie.clear).not.toHaveBeenCalled();
  });

  it("Update prices re-prices the cart and returns to the review step", async () => {
    const client = fakeCheckoutClient();
    client.checkout.refreshPrices.mockResolvedValue(cart);
    expect(await handleRefreshPricesPost(client, "tok", "cart_1", "/checkout/review?payment=on-account")).toEqual({
      kind: "done",
      location: "/checkout/review?payment=on-account",
    });
    expect(client.checkout.refreshPrices).toHaveBeenCalledWith("cart_1", { token: "tok" });
  });

  it("explains a refused Update prices (the cart awaits approval: 409)", async () => {
    const client = fakeCheckoutClient();
    client.checkout.refreshPrices.mockRejectedValue(
      new BackendRequestError("This cart is awaiting approval: it cannot be changed", 409),
    );
    expect(await handleRefreshPricesPost(client, "tok", "cart_1", "/checkout/review")).toEqual({
      kind: "failed",
      status: 409,
      failure: expect.objectContaining({ problem: "approval" }),
    });
  });
});
