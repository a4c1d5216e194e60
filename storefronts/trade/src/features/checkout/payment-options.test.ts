import { describe, expect, it } from "vitest";
import { chosenPayment, paymentKey, paymentOptions } from "./payment-options";

const ON_ACCOUNT = "pp_on-account_on-account";

describe("paymentOptions", () => {
  it("offers 'On account (Net 30)' first when the company has net terms", () => {
    const options = paymentOptions("net30", ["pp_system_default", ON_ACCOUNT]);
    expect(options.map((o) => o.label)).toEqual(["On account (Net 30)", "Pay now"]);
    expect(options[0]).toMatchObject({ providerId: ON_ACCOUNT, onAccount: true });
  });

  it("offers no account payment to a prepaid company", () => {
    expect(paymentOptions("prepaid", ["pp_system_default", ON_ACCOUNT]).map((o) => o.providerId)).toEqual([
      "pp_system_default",
    ]);
  });

  it("offers no account payment the region does not enable", () => {
    expect(paymentOptions("net60", ["pp_system_default"]).map((o) => o.onAccount)).toEqual([false]);
  });
});

describe("payment keys", () => {
  it("are short and stable in URLs, and pick the default otherwise", () => {
    const options = paymentOptions("net15", ["pp_system_default", ON_ACCOUNT]);
    expect(paymentKey(ON_ACCOUNT)).toBe("on-account");
    expect(paymentKey("pp_system_default")).toBe("system_default");
    expect(chosenPayment(options, "system_default")?.providerId).toBe("pp_system_default");
    expect(chosenPayment(options, "bogus")?.providerId).toBe(ON_ACCOUNT);
    expect(chosenPayment([], "x")).toBeUndefined();
  });
});
