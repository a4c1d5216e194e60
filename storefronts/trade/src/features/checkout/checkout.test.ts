import { BackendRequestError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { defaultShippingOption, ensureShippingMethod, hasTradeDetails, placeOrder, saveTradeDetails } from "./checkout";

const cart = (extra: object = {}) =>
  ({ id: "cart_1", shipping_methods: [], metadata: null, shipping_address: null, ...extra }) as never;

describe("trade details", () => {
  it("are in place once the company and a full address are on the cart", () => {
    expect(hasTradeDetails(cart())).toBe(false);
    expect(
      hasTradeDetails(cart({ metadata: { company_id: "comp_1" }, shipping_address: { country_code: "de" } })),
    ).toBe(false);
    expect(
      hasTradeDetails(cart({ metadata: { company_id: "comp_1" }, shipping_address: { address_1: "Torstraße 1" } })),
    ).toBe(true);
  });

  it("are saved through the company route, PO number only when given", async () => {
    const request = vi.fn(async () => ({}));
    await saveTradeDetails({ request } as never, "tok", "cart_1", { company_address_id: "caddr_1", po_number: null });
    expect(request).toHaveBeenCalledWith("/store/companies/me/carts/cart_1/trade-details", {
      method: "POST",
      token: "tok",
      body: { company_address_id: "caddr_1" },
    });
  });
});

describe("delivery option", () => {
  const options = [
    { id: "so_express", calculated_price: { calculated_amount: 12.9 } },
    { id: "so_standard", calculated_price: { calculated_amount: 4.9 } },
  ];

  it("keeps the chosen option while it applies, else takes the cheapest", () => {
    expect(defaultShippingOption(options, "so_express")?.id).toBe("so_express");
    expect(defaultShippingOption(options, "so_gone")?.id).toBe("so_standard");
    expect(defaultShippingOption([], null)).toBeUndefined();
  });

  it("is set only when the cart lacks a valid one", async () => {
    const setShippingMethod = vi.fn(async () => cart());
    const client = { checkout: { shippingOptions: async () => options, setShippingMethod } } as never;
    await ensureShippingMethod(client, "tok", cart({ shipping_methods: [{ shipping_option_id: "so_express" }] }));
    expect(setShippingMethod).not.toHaveBeenCalled();
    await ensureShippingMethod(client, "tok", cart());
    expect(setShippingMethod).toHaveBeenCalledWith("cart_1", "so_standard", { token: "tok" });
  });
});

describe("placeOrder", () => {
  function client(complete: () => Promise<unknown>) {
    const calls: string[] = [];
    return {
      calls,
      client: {
        checkout: {
          setShippingMethod: vi.fn(async () => {
            calls.push("shipping");
            return cart({ shipping_methods: [{ shipping_option_id: "so_express" }] });
          }),
          initiatePayment: vi.fn(async (_cart: unknown, provider: string) => {
            calls.push(`payment:${provider}`);
            return {};
          }),
          complete: vi.fn(async () => {
            calls.push("complete");
            return complete();
          }),
        },
      } as never,
    };
  }

  it("sets the delivery option, then the payment session, then completes (sessions die on cart changes)", async () => {
    const { client: c, calls } = client(async () => ({ type: "order", order: { id: "order_1", display_id: 7 } }));
    const outcome = await placeOrder(c, "tok", cart({ shipping_methods: [{ shipping_option_id: "so_standard" }] }), {
      optionId: "so_express",
      providerId: "pp_on-account_on-account",
    });
    expect(outcome).toEqual({ ok: true, orderId: "order_1", displayId: 7 });
    expect(calls).toEqual(["shipping", "payment:pp_on-account_on-account", "complete"]);
  });

  it("reports a cart the backend did not turn into an order", async () => {
    const { client: c } = client(async () => ({
      type: "cart",
      cart: {},
      error: { message: "Payment authorization failed" },
    }));
    await expect(
      placeOrder(c, "tok", cart({ shipping_methods: [{ shipping_option_id: "so_x" }] }), {
        optionId: "so_x",
        providerId: "pp_system_default",
      }),
    ).resolves.toEqual({
      ok: false,
      message: "Payment authorization failed",
    });
  });

  it("lets the backend's refusal (e.g. spending limit) through to the page", async () => {
    const { client: c } = client(async () =>
      Promise.reject(new BackendRequestError("Spending limit exceeded: …", 400)),
    );
    await expect(
      placeOrder(c, "tok", cart({ shipping_methods: [{ shipping_option_id: "so_x" }] }), {
        optionId: "so_x",
        providerId: "pp_system_default",
      }),
    ).rejects.toThrow("Spending limit exceeded");
  });
});
