import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { ADDRESS_FORM, fakeCheckoutClient, formData, requestsMade } from "../../test/fakes";
import { ON_ACCOUNT_PROVIDER } from "../company/types";
import { handleCheckoutDetailsPost, type CheckoutDetailsContext } from "./details-page";
import { paymentOptions } from "./payment-options";

const context: CheckoutDetailsContext = {
  cartId: "cart_1",
  isAdmin: false,
  countries: ["de"],
  addressIds: ["caddr_1"],
  poRequired: true,
  payments: paymentOptions("net30", [ON_ACCOUNT_PROVIDER, "pp_system_default"]),
};
const details = { company_address_id: "caddr_1", po_number: "PO-4711", payment: "on-account" };

function client() {
  const c = fakeCheckoutClient();
  c.request.mockResolvedValue({});
  c.carts.get.mockResolvedValue({ id: "cart_1", shipping_methods: [] } as unknown as HttpTypes.StoreCart);
  c.checkout.shippingOptions.mockResolvedValue([{ id: "so_std", amount: 10 }] as HttpTypes.StoreCartShippingOption[]);
  return c;
}

describe("handleCheckoutDetailsPost: details", () => {
  it("saves address and PO on the cart, picks a delivery option and goes to review with the payment", async () => {
    const c = client();
    expect(await handleCheckoutDetailsPost(c, "tok", formData(details), context)).toEqual({
      kind: "done",
      location: "/checkout/review?payment=on-account",
    });
    expect(requestsMade(c)).toEqual([["POST", "/store/companies/me/carts/cart_1/trade-details"]]);
    expect(c.request.mock.calls[0]?.[1]?.body).toEqual({ company_address_id: "caddr_1", po_number: "PO-4711" });
    expect(c.checkout.setShippingMethod).toHaveBeenCalledWith("cart_1", "so_std", { token: "tok" });
  });

  it("answers 400 naming the PO number the company requires and the missing payment, keeping the values", async () => {
    const c = client();
    const result = await handleCheckoutDetailsPost(
      c,
      "tok",
      formData({ company_address_id: "caddr_1", po_number: "", payment: "" }),
      context,
    );
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      errors: { po_number: expect.stringContaining("your company requires one"), payment: "Choose how to pay." },
      values: { company_address_id: "caddr_1", po_number: "", payment: "" },
    });
    expect(c.request).not.toHaveBeenCalled();
  });

  it("puts the backend's refusal next to the address when it is about the country", async () => {
    const c = client();
    c.request.mockRejectedValue(new BackendRequestError("We do not deliver to this country", 400));
    expect(await handleCheckoutDetailsPost(c, "tok", formData(details), context)).toMatchObject({
      status: 400,
      errors: { company_address_id: "We do not deliver to this country" },
      values: details,
    });
  });

  it("sends the buyer to the cart when the cart is gone, but names a vanished address", async () => {
    const c = client();
    c.request.mockRejectedValue(new NotFoundError("Cart not found"));
    expect(await handleCheckoutDetailsPost(c, "tok", formData(details), context)).toEqual({
      kind: "done",
      location: "/cart",
    });
    c.request.mockRejectedValue(new NotFoundError("Company address caddr_1 not found"));
    expect(await handleCheckoutDetailsPost(c, "tok", formData(details), context)).toMatchObject({
      status: 404,
      errors: { company_address_id: "Company address caddr_1 not found" },
    });
  });
});

describe("handleCheckoutDetailsPost: add address", () => {
  it("adds the address (administrators) and comes back with it chosen", async () => {
    const c = client();
    c.request.mockResolvedValue({ address: { id: "caddr_new" } });
    expect(
      await handleCheckoutDetailsPost(c, "tok", formData({ intent: "add-address", ...ADDRESS_FORM }), {
        ...context,
        isAdmin: true,
      }),
    ).toEqual({
      kind: "done",
      location: "/checkout?address=caddr_new",
    });
  });

  it("refuses anyone else with 403, and answers 400 naming a missing address field", async () => {
    const c = client();
    expect(
      await handleCheckoutDetailsPost(c, "tok", formData({ intent: "add-address", ...ADDRESS_FORM }), context),
    ).toMatchObject({
      status: 403,
      errors: { general: "Only your company's administrators can add addresses." },
      values: null,
      addressValues: null,
    });
    expect(
      await handleCheckoutDetailsPost(c, "tok", formData({ intent: "add-address", ...ADDRESS_FORM, postal_code: "" }), {
        ...context,
        isAdmin: true,
      }),
    ).toMatchObject({
      status: 400,
      errors: {},
      addressErrors: { postal_code: "Enter the postal code." },
      addressValues: { city: "Berlin" },
    });
    expect(c.request).not.toHaveBeenCalled();
  });
});
