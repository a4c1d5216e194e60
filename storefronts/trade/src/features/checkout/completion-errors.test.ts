import { describe, expect, it } from "vitest";
import { describeCompletionError } from "./completion-errors";

describe("describeCompletionError", () => {
  it("heads a spending-limit refusal clearly and keeps the backend's figures", () => {
    const message =
      "Spending limit exceeded: your spending limit is €1,000.00 per month, €400.00 remains this month, this order is €600.00";
    const error = describeCompletionError(message);
    expect(error).toMatchObject({ problem: "spending-limit", title: "Over your spending limit", message });
    expect(error.hint).toMatch(/administrators/);
  });

  it("recognises the credit limit, the PO number and stock", () => {
    expect(
      describeCompletionError(
        "Credit limit exceeded: your company's credit limit is €5,000.00, €200.00 remains available on account",
      ).problem,
    ).toBe("credit-limit");
    expect(describeCompletionError("Invalid data: po_number is required for Acme").problem).toBe("po-number");
    expect(describeCompletionError("Some variant does not have the required inventory").problem).toBe("stock");
  });

  it("recognises the approval guard's refusals and keeps their wording", () => {
    for (const message of [
      "This cart needs approval before it can be ordered",
      "This cart is awaiting approval",
      "This cart's approval was rejected",
      "This cart changed since it was approved — submit it again",
    ]) {
      expect(describeCompletionError(message)).toMatchObject({
        problem: "approval",
        title: "Approval needed",
        message,
      });
    }
    expect(describeCompletionError("This cart belongs to quote #12 and its lines differ from the quote").problem).toBe(
      "quote",
    );
  });

  it("passes anything else through", () => {
    expect(describeCompletionError("Payment was declined")).toEqual({
      problem: "other",
      title: "Your order was not placed",
      message: "Payment was declined",
      hint: null,
    });
    expect(describeCompletionError("").message).toBe("Your order could not be placed.");
  });

  it("recognises the order boundary's price change and says how to go on", () => {
    expect(
      describeCompletionError(
        "Prices changed since these lines were added: CHEMEX-FILTERS (Chemex) is now €28.10 (was €13.37).",
      ),
    ).toMatchObject({ problem: "prices-changed", title: "Prices have changed" });
  });
});
