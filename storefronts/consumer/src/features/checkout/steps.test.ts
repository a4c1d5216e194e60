import { describe, expect, it } from "vitest";
import { consumerProviders, parsePaymentChoice } from "./payment";
import { parseShippingChoice, shippingOptionGross } from "./shipping";
import { completedSteps, guardStep } from "./steps";

const address = {
  first_name: "Ada",
  last_name: "L",
  address_1: "Main 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
};
const items = [{ id: "cali_1" }];
const withDetails = { items, email: "ada@example.com", shipping_address: address };
const withShipping = { ...withDetails, shipping_methods: [{ id: "casm_1" }] };
const withPayment = {
  ...withShipping,
  payment_collection: { payment_sessions: [{ status: "pending", provider_id: "pp_system_default" }] },
};

describe("guardStep", () => {
  it("lets no step open with an empty or missing cart", () => {
    expect(guardStep(null, "details")).toEqual({ allowed: false, reason: "empty-cart" });
    expect(guardStep({ items: [] }, "details")).toEqual({ allowed: false, reason: "empty-cart" });
  });

  it("opens the details step for any cart with items", () => {
    expect(guardStep({ items }, "details")).toEqual({ allowed: true });
  });

  it("sends the shopper to the first unfinished step", () => {
    expect(guardStep({ items }, "review")).toEqual({
      allowed: false,
      reason: "step-incomplete",
      redirectTo: "/checkout",
    });
    expect(guardStep(withDetails, "payment")).toEqual({
      allowed: false,
      reason: "step-incomplete",
      redirectTo: "/checkout/shipping",
    });
    expect(guardStep(withShipping, "review")).toEqual({
      allowed: false,
      reason: "step-incomplete",
      redirectTo: "/checkout/payment",
    });
  });

  it("treats an address with only a country (set for taxes) as not entered", () => {
    expect(guardStep({ items, email: "a@b.co", shipping_address: { country_code: "de" } }, "shipping")).toMatchObject({
      redirectTo: "/checkout",
    });
  });

  it("allows every step when everything before it is done, and going back", () => {
    expect(guardStep(withPayment, "review")).toEqual({ allowed: true });
    expect(guardStep(withPayment, "details")).toEqual({ allowed: true });
    expect([...completedSteps(withPayment)]).toEqual(["details", "shipping", "payment"]);
  });

  it("does not count a cancelled or errored payment session", () => {
    const failed = { ...withShipping, payment_collection: { payment_sessions: [{ status: "error" }] } };
    expect(guardStep(failed, "review")).toMatchObject({ redirectTo: "/checkout/payment" });
  });
});

describe("shippingOptionGross", () => {
  const option = {
    id: "so_std",
    name: "Standard",
    calculated_price: { calculated_amount: 4.9, is_calculated_price_tax_inclusive: false },
  };

  it("adds the cart's tax rate to the net option price", () => {
    expect(shippingOptionGross(option, { items: [{ tax_lines: [{ rate: 20 }] }] })).toBe(5.88);
    expect(shippingOptionGross(option, { items: [{ tax_lines: [{ rate: 8 }] }] })).toBe(5.29);
  });

  it("uses the exact total once the option is chosen", () => {
    expect(
      shippingOptionGross(option, { items: [], shipping_methods: [{ shipping_option_id: "so_std", total: 5.9 }] }),
    ).toBe(5.9);
  });

  it("keeps a tax-inclusive price and has no price when none is given", () => {
    expect(
      shippingOptionGross(
        { ...option, calculated_price: { calculated_amount: 6, is_calculated_price_tax_inclusive: true } },
        { items: [] },
      ),
    ).toBe(6);
    expect(shippingOptionGross({ id: "so_x", name: "X" }, { items: [] })).toBeNull();
  });
});

describe("shipping and payment choices", () => {
  const f = (k: string, v: string) => {
    const d = new FormData();
    d.set(k, v);
    return d;
  };

  it("accept only offered options", () => {
    const options = [{ id: "so_std", name: "Standard" }];
    expect(parseShippingChoice(f("option_id", "so_std"), options)).toEqual({ ok: true, optionId: "so_std" });
    expect(parseShippingChoice(new FormData(), options)).toEqual({ ok: false, message: "Choose a delivery option" });
    expect(parseShippingChoice(f("option_id", "so_free_forever"), options).ok).toBe(false);
    expect(parsePaymentChoice(f("provider_id", "pp_system_default"), ["pp_system_default"])).toEqual({
      ok: true,
      providerId: "pp_system_default",
    });
    expect(parsePaymentChoice(f("provider_id", "pp_stripe"), ["pp_system_default"]).ok).toBe(false);
  });
});

describe("consumerProviders", () => {
  it("never offers pay on account, keeps every other provider in order", () => {
    expect(
      consumerProviders([{ id: "pp_system_default" }, { id: "pp_on-account_on-account" }, { id: "pp_stripe" }]),
    ).toEqual([{ id: "pp_system_default" }, { id: "pp_stripe" }]);
  });
});
