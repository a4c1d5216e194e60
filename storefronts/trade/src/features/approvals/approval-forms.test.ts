import { describe, expect, it } from "vitest";
import { roleLabel } from "../company/roles";
import { parseCartApprovalAction, parseDecision, parseSettingsForm, rolesSentence } from "./approval-forms";

const form = (fields: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe("cart approval forms", () => {
  it("submits with an optional comment, or withdraws", () => {
    expect(
      parseCartApprovalAction(
        form([
          ["intent", "submit-approval"],
          ["approval_comment", " For the new branch "],
        ]),
      ),
    ).toEqual({
      ok: true,
      action: { intent: "submit-approval", comment: "For the new branch" },
    });
    expect(
      parseCartApprovalAction(
        form([
          ["intent", "submit-approval"],
          ["approval_comment", ""],
        ]),
      ),
    ).toEqual({ ok: true, action: { intent: "submit-approval" } });
    expect(parseCartApprovalAction(form([["intent", "withdraw-approval"]]))).toEqual({
      ok: true,
      action: { intent: "withdraw-approval" },
    });
  });

  it("refuses an overlong comment", () => {
    const result = parseCartApprovalAction(
      form([
        ["intent", "submit-approval"],
        ["approval_comment", "x".repeat(2001)],
      ]),
    );
    expect(result.ok).toBe(false);
  });
});

describe("parseDecision", () => {
  it("approves with or without a comment", () => {
    expect(
      parseDecision(
        form([
          ["intent", "approve"],
          ["approve_comment", ""],
        ]),
      ),
    ).toEqual({ ok: true, decision: "approve" });
    expect(
      parseDecision(
        form([
          ["intent", "approve"],
          ["approve_comment", "OK"],
        ]),
      ),
    ).toEqual({ ok: true, decision: "approve", comment: "OK" });
  });

  it("rejects only with a reason", () => {
    const result = parseDecision(
      form([
        ["intent", "reject"],
        ["reject_comment", "   "],
      ]),
    );
    expect(result).toMatchObject({ ok: false, decision: "reject" });
    if (!result.ok) expect(result.errors.reject_comment).toMatch(/Say why/);
    expect(
      parseDecision(
        form([
          ["intent", "reject"],
          ["reject_comment", "Over budget"],
        ]),
      ),
    ).toEqual({ ok: true, decision: "reject", comment: "Over budget" });
  });

  it("refuses anything else", () => {
    expect(parseDecision(form([["intent", "delete"]]))).toMatchObject({ ok: false, decision: null });
  });
});

describe("parseSettingsForm", () => {
  it("reads the threshold and the checked roles", () => {
    expect(
      parseSettingsForm(
        form([
          ["amount_threshold", "1,500.50"],
          ["amount_applies_to", "buyer"],
          ["amount_applies_to", "approver"],
          ["always_roles", "buyer"],
        ]),
      ),
    ).toEqual({
      ok: true,
      data: { amount_threshold: 1500.5, amount_applies_to: ["buyer", "approver"], always_roles: ["buyer"] },
    });
  });

  it("reads a blank threshold as no amount rule", () => {
    expect(parseSettingsForm(form([["amount_threshold", " "]]))).toEqual({
      ok: true,
      data: { amount_threshold: null, amount_applies_to: [], always_roles: [] },
    });
  });

  it("names a bad amount, an amount rule for nobody, and unknown roles", () => {
    const bad = parseSettingsForm(
      form([
        ["amount_threshold", "-5"],
        ["always_roles", "owner"],
      ]),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.amount_threshold).toBe("The amount cannot be negative.");
      expect(bad.errors.always_roles).toBe("Choose roles from the list.");
      expect(bad.values.amount_threshold).toBe("-5");
    }
    const nobody = parseSettingsForm(form([["amount_threshold", "500"]]));
    expect(nobody.ok).toBe(false);
    if (!nobody.ok) expect(nobody.errors.amount_applies_to).toMatch(/at least one role/);
  });
});

describe("rolesSentence", () => {
  it("lists roles in words", () => {
    expect(rolesSentence([], roleLabel)).toBe("nobody");
    expect(rolesSentence(["buyer"], roleLabel)).toBe("buyers");
    expect(rolesSentence(["buyer", "approver", "admin"], roleLabel)).toBe("buyers, approvers and administrators");
  });
});
