import { BackendRequestError } from "@hybrid/storefront-kit";
import { fakeCheckoutClient, formData } from "@hybrid/storefront-kit/testing.ts";
import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it, vi } from "vitest";
import { handleDetailsPost } from "./details-page";
import { handlePaymentPost } from "./payment-page";
import { handlePlaceOrderPost, handleRefreshPricesPost } from "./review-page";
import { handleShippingPost } from "./shipping-page";

const cart = { id: "cart_1" } as HttpTypes.StoreCart;
const details = {
  email: "Ada@Example.com",
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Hauptstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
};
const context = { countries: ["de", "fr"], fallbackCountry: "de" };

describe("handleDetailsPost (step 1)", () => {
  it("writes email and both addresses in one update and goes on to delivery", async () => {
    const client = fakeCheckoutClient();
    expect(await handleDetailsPost(client, "cart_1", formData(details), context)).toEqual({
      kind: "done",
      location: "/checkout/shipping",
    });
    expect(client.carts.update).toHaveBeenCalledWith(
      "cart_1",
      expect.objectContaining({
        email: "ada@example.com",
        billing_address: expect.objectContaining({ city: "Berlin" }),
      }),
    );
  });

  it("answers 422 naming each wrong field, keeping what was typed", async () => {
    const client = fakeCheckoutClient();
    const result = await handleDetailsPost(
      client,
      "cart_1",
      formData({ ...details, email: "nope", country_code: "us" }),
      context,
    );
    expect(result).toMatchObject({
      kind: "failed",
      status: 422,
      errors: { email: expect.any(String), country_code: expect.any(String) },
      values: { city: "Berlin", email: "nope" },
    });
    expect(client.carts.update).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal above the form with the values kept", async () => {
    const client = fakeCheckoutClient();
    client.carts.update.mockRejectedValue(new BackendRequestError("Country de is not in the region", 400));
    expect(await handleDetailsPost(client, "cart_1", formData(details), context)).toMatchObject({
      status: 422,
      errors: {},
      formError: "Country de is not in the region",
      values: { first_name: "Ada", country_code: "de" },
    });
  });
});

describe("handleShippingPost (step 2)", () => {
  const options = [{ id: "so_std", name: "Standard" }];

  it("sets the chosen delivery option and goes on to payment", async () => {
    const client = fakeCheckoutClient();
    expect(await handleShippingPost(client, "cart_1", formData({ option_id: "so_std" }), options)).toEqual({
      kind: "done",
      location: "/checkout/payment",
    });
    expect(client.checkout.setShippingMethod).toHaveBeenCalledWith("cart_1", "so_std");
  });

  it("answers 422 for no choice or an option not offered, and shows a refusal", async () => {
    const client = fakeCheckoutClient();
    expect(await handleShippingPost(client, "cart_1", formData({}), options)).toEqual({
      kind: "failed",
      status: 422,
      error: "Choose a delivery option",
    });
    expect(await handleShippingPost(client, "cart_1", formData({ option_id: "so_forged" }), options)).toMatchObject({
      error: "That delivery option is not available for your address; choose another",
    });
    client.checkout.setShippingMethod.mockRejectedValue(
      new BackendRequestError("Shipping option is not valid for the cart", 400),
    );
    expect(await handleShippingPost(client, "cart_1", formData({ option_id: "so_std" }), options)).toMatchObject({
      error: "Shipping option is not valid for the cart",
    });
  });
});

describe("handlePaymentPost (step 3)", () => {
  it("starts the payment session and goes on to review", async () => {
    const client = fakeCheckoutClient();
    expect(
      await handlePaymentPost(client, cart, formData({ provider_id: "pp_system_default" }), ["pp_system_default"]),
    ).toEqual({
      kind: "done",
      location: "/checkout/review",
    });
    expect(client.checkout.initiatePayment).toHaveBeenCalledWith(cart, "pp_system_default");
  });

  it("answers 422 for no choice or a provider the region does not offer", async () => {
    const client = fakeCheckoutClient();
    expect(await handlePaymentPost(client, cart, formData({}), ["pp_system_default"])).toEqual({
      kind: "failed",
      status: 422,
      error: "Choose a payment method",
    });
    expect(
      await handlePaymentPost(client, cart, formData({ provider_id: "pp_stripe" }), ["pp_system_default"]),
    ).toMatchObject({
      error: "That payment method is not available; choose another",
    });
    expect(client.checkout.initiatePayment).not.toHaveBeenCalled();
  });
});

describe("handlePlaceOrderPost (step 4)", () => {
  it("places the order, hands its id to the caller (cart forgotten, access granted) and shows the confirmation", async () => {
    const client = fakeCheckoutClient();
    const forget = vi.fn();
    client.checkout.complete.mockResolvedValue({ type: "order", order: { id: "order_1" } as HttpTypes.StoreOrder });
    expect(await handlePlaceOrderPost(client, "cart_1", forget)).toEqual({
      kind: "done",
      location: "/order/confirmed/order_1",
    });
    expect(forget).toHaveBeenCalledWith("order_1");
  });

  it("answers 422 with the reason when the backend refuses, keeping the cart", async () => {
    const client = fakeCheckoutClient();
    const forget = vi.fn();
    client.checkout.complete.mockRejectedValue(
      new BackendRequestError("Variant does not have the required inventory", 400),
    );
    expect(await handlePlaceOrderPost(client, "cart_1", forget)).toEqual({
      kind: "failed",
      status: 422,
      error: "Sorry, some items are no longer in stock in that quantity. Please update your cart.",
    });
    client.checkout.complete.mockResolvedValue({ type: "cart", cart, error: { message: "Payment was declined" } });
    expect(await handlePlaceOrderPost(client, "cart_1", forget)).toMatchObject({ error: "Payment was declined" });
    expect(forget).not.toHaveBeenCalled();
  });
});

describe("terms at Place order (step 4)", () => {
  const terms = { slug: "terms", title: "Terms and conditions", version: "2026-12-01", url: "http://x/pages/terms" };

  it("records the ticked version on the cart, then places the order", async () => {
    const client = fakeCheckoutClient();
    client.checkout.complete.mockResolvedValue({ type: "order", order: { id: "order_1" } as HttpTypes.StoreOrder });
    const result = await handlePlaceOrderPost(client, "cart_1", vi.fn(), { terms, accepted: "2026-12-01" });
    expect(result).toEqual({ kind: "done", location: "/order/confirmed/order_1" });
    expect(client.checkout.acceptTerms).toHaveBeenCalledWith("cart_1", "2026-12-01");
    expect(client.checkout.acceptTerms.mock.invocationCallOrder[0]).toBeLessThan(
      client.checkout.complete.mock.invocationCallOrder[0]!,
    );
  });

  it("sends nothing without the tick (or with another version), and asks for it", async () => {
    for (const accepted of [null, "2001-01-01"]) {
      const client = fakeCheckoutClient();
      const placed = vi.fn();
      expect(await handlePlaceOrderPost(client, "cart_1", placed, { terms, accepted })).toEqual({
        kind: "terms-needed",
        status: 400,
        error: "Please accept the Terms and conditions to place your order.",
      });
      expect(client.checkout.acceptTerms).not.toHaveBeenCalled();
      expect(client.checkout.complete).not.toHaveBeenCalled();
      expect(placed).not.toHaveBeenCalled();
    }
  });

  it("asks again when the terms changed between the page and the click", async () => {
    const client = fakeCheckoutClient();
    client.checkout.acceptTerms.mockRejectedValue(
      new BackendRequestError(
        "version: the Terms and conditions in force are version 2027-01-15; read them and accept that version",
        400,
      ),
    );
    expect(await handlePlaceOrderPost(client, "cart_1", vi.fn(), { terms, accepted: "2026-12-01" })).toMatchObject({
      kind: "terms-needed",
    });
    expect(client.checkout.complete).not.toHaveBeenCalled();
  });
});

describe("prices changed (step 4)", () => {
  const changed = {
    line_item_id: "cali_1",
    sku: "SALE-MUG",
    title: "Sale mug",
    quantity: 1,
    unit_price: 12.5,
    current_unit_price: 20,
  };

  it("hands the changed lines to the page when Place order answers 409 cart_prices_changed; nothing is forgotten", async () => {
    const client = fakeCheckoutClient();
    const forget = vi.fn();
    client.checkout.complete.mockRejectedValue(
      new BackendRequestError("Prices changed since these lines were added: SALE-MUG …", 409, {
        body: { code: "cart_prices_changed", lines: [changed] },
      }),
    );
    expect(await handlePlaceOrderPost(client, "cart_1", forget)).toEqual({
      kind: "prices-changed",
      status: 409,
      error: "Prices changed since these lines were added: SALE-MUG …",
      changes: [changed],
    });
    expect(forget).not.toHaveBeenCalled();
  });

  it("Update prices re-prices the cart, pays again with the chosen provider and returns to review", async () => {
    const client = fakeCheckoutClient();
    const paying = {
      id: "cart_1",
      payment_collection: { payment_sessions: [{ provider_id: "pp_system_default" }] },
    } as unknown as HttpTypes.StoreCart;
    const refreshed = { id: "cart_1", total: 20 } as unknown as HttpTypes.StoreCart;
    client.checkout.refreshPrices.mockResolvedValue(refreshed);
    expect(await handleRefreshPricesPost(client, paying, "/checkout/review")).toEqual({
      kind: "done",
      location: "/checkout/review",
    });
    expect(client.checkout.refreshPrices).toHaveBeenCalledWith("cart_1");
    expect(client.checkout.initiatePayment).toHaveBeenCalledWith(refreshed, "pp_system_default");
  });

  it("explains a refused Update prices", async () => {
    const client = fakeCheckoutClient();
    client.checkout.refreshPrices.mockRejectedValue(new BackendRequestError("Cart is completed", 400));
    expect(await handleRefreshPricesPost(client, cart, "/checkout/review")).toEqual({
      kind: "failed",
      status: 422,
      error: "Cart is completed",
    });
  });
});
