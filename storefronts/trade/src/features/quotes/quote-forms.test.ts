import { describe, expect, it } from "vitest";
import { parseQuoteAction, parseQuoteRequest, quoteFieldId } from "./quote-forms";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const context = {
  addressIds: ["caddr_1", "caddr_2"],
  shippingOptionIds: ["so_std"],
  poRequired: false,
  lineIds: ["ql_1", "ql_2"],
};

describe("parseQuoteRequest", () => {
  it("takes a trimmed message", () => {
    expect(parseQuoteRequest(form({ message: "  200 kg a month, please  " }))).toEqual({
      ok: true,
      data: { message: "200 kg a month, please" },
    });
  });

  it("asks for a message, and refuses one over 2000 characters", () => {
    const blank = parseQuoteRequest(form({ message: "   " }));
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(blank.errors.message).toMatch(/Tell our sales team/);
    const long = parseQuoteRequest(form({ message: "x".repeat(2001) }));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors.message).toMatch(/at most 2000/);
  });
});

describe("parseQuoteAction: accept", () => {
  it("sends only the address, and the PO number and delivery option when given", () => {
    expect(
      parseQuoteAction(
        form({ intent: "accept", company_address_id: "caddr_2", po_number: "", shipping_option_id: "" }),
        context,
      ),
    ).toEqual({
      ok: true,
      action: { intent: "accept", body: { company_address_id: "caddr_2" } },
    });
    expect(
      parseQuoteAction(
        form({
          intent: "accept",
          company_address_id: "caddr_1",
          po_number: " PO-77 ",
          shipping_option_id: "so_std",
          unit_price: "0",
        }),
        context,
      ),
    ).toEqual({
      ok: true,
      action: {
        intent: "accept",
        body: { company_address_id: "caddr_1", po_number: "PO-77", shipping_option_id: "so_std" },
      },
    });
  });

  it("refuses an address or delivery option the page did not offer", () => {
    const result = parseQuoteAction(
      form({ intent: "accept", company_address_id: "caddr_other", shipping_option_id: "so_forged" }),
      context,
    );
    expect(result).toMatchObject({ ok: false, form: "accept" });
    if (!result.ok) {
      expect(result.errors.company_address_id).toMatch(/delivery addresses/);
      expect(result.errors.shipping_option_id).toMatch(/delivery options/);
    }
  });

  it("requires the PO number when the company does", () => {
    const result = parseQuoteAction(form({ intent: "accept", company_address_id: "caddr_1", po_number: " " }), {
      ...context,
      poRequired: true,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.po_number).toMatch(/requires a PO number/);
  });
});

describe("parseQuoteAction: submit for approval", () => {
  it("splits the accept cart's address and PO number from the comment for the approver", () => {
    expect(
      parseQuoteAction(
        form({ intent: "submit-approval", company_address_id: "caddr_1", po_number: "", comment: "  " }),
        context,
      ),
    ).toEqual({
      ok: true,
      action: { intent: "submit-approval", body: { cart: { company_address_id: "caddr_1" }, approval: {} } },
    });
    expect(
      parseQuoteAction(
        form({
          intent: "submit-approval",
          company_address_id: "caddr_2",
          po_number: " PO-9 ",
          comment: " New branch ",
          unit_price: "0",
        }),
        context,
      ),
    ).toEqual({
      ok: true,
      action: {
        intent: "submit-approval",
        body: { cart: { company_address_id: "caddr_2", po_number: "PO-9" }, approval: { comment: "New branch" } },
      },
    });
  });

  it("needs an offered address, the required PO number and a comment of at most 2000 characters", () => {
    const result = parseQuoteAction(
      form({ intent: "submit-approval", company_address_id: "caddr_x", po_number: "", comment: "x".repeat(2001) }),
      { ...context, poRequired: true },
    );
    expect(result).toMatchObject({ ok: false, form: "submit-approval" });
    if (!result.ok) {
      expect(result.errors.company_address_id).toMatch(/delivery addresses/);
      expect(result.errors.po_number).toMatch(/requires a PO number/);
      expect(result.errors.comment).toMatch(/at most 2000/);
    }
    expect(quoteFieldId("submit-approval", "comment")).toBe("submit-approval-comment");
  });
});

describe("parseQuoteAction: reject and reply", () => {
  it("withdraws the approval request with nothing typed", () => {
    expect(parseQuoteAction(form({ intent: "withdraw-approval" }), context)).toEqual({
      ok: true,
      action: { intent: "withdraw-approval" },
    });
  });

  it("rejects with an optional reason", () => {
    expect(parseQuoteAction(form({ intent: "reject", reason: "" }), context)).toEqual({
      ok: true,
      action: { intent: "reject", body: {} },
    });
    expect(parseQuoteAction(form({ intent: "reject", reason: "Too expensive" }), context)).toEqual({
      ok: true,
      action: { intent: "reject", body: { reason: "Too expensive" } },
    });
  });

  it("replies about the whole quote or one of its lines", () => {
    expect(parseQuoteAction(form({ intent: "reply", body: "Can you do 12?", line_id: "" }), context)).toEqual({
      ok: true,
      action: { intent: "reply", body: { body: "Can you do 12?" } },
    });
    expect(parseQuoteAction(form({ intent: "reply", body: "This one", line_id: "ql_2" }), context)).toEqual({
      ok: true,
      action: { intent: "reply", body: { body: "This one", line_id: "ql_2" } },
    });
  });

  it("needs a message and a line of this quote", () => {
    const result = parseQuoteAction(form({ intent: "reply", body: "", line_id: "ql_9" }), context);
    expect(result).toMatchObject({ ok: false, form: "reply" });
    if (!result.ok) {
      expect(result.errors.body).toBe("Write your message.");
      expect(result.errors.line_id).toMatch(/quote's lines/);
      expect(result.values.line_id).toBe("ql_9");
    }
  });

  it("refuses unknown intents", () => {
    expect(parseQuoteAction(form({ intent: "set-price" }), context)).toMatchObject({ ok: false, form: "page" });
  });

  it("gives each form's fields their own ids", () => {
    expect(quoteFieldId("accept", "po_number")).toBe("accept-po_number");
  });
});
