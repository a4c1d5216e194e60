import { describe, expect, it } from "vitest";
import { parseCartForm } from "./cart-form";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const lines = new Set(["cali_A1", "cali_B2"]);

describe("parseCartForm", () => {
  it("updates a quantity", () => {
    expect(parseCartForm(form({ intent: "update", line_id: "cali_A1", quantity: "3" }), lines)).toEqual({
      ok: true,
      action: { type: "update", lineId: "cali_A1", quantity: 3 },
    });
  });

  it("treats quantity 0 and the remove button as removal", () => {
    expect(parseCartForm(form({ intent: "update", line_id: "cali_A1", quantity: "0" }), lines)).toEqual({
      ok: true,
      action: { type: "remove", lineId: "cali_A1" },
    });
    expect(parseCartForm(form({ intent: "remove", line_id: "cali_B2" }), lines)).toEqual({
      ok: true,
      action: { type: "remove", lineId: "cali_B2" },
    });
  });

  it("reports bad quantities against the line", () => {
    expect(parseCartForm(form({ intent: "update", line_id: "cali_A1", quantity: "-1" }), lines)).toEqual({
      ok: false,
      lineId: "cali_A1",
      message: "Enter 0 or more",
    });
    expect(parseCartForm(form({ intent: "update", line_id: "cali_A1", quantity: "500" }), lines)).toMatchObject({
      ok: false,
      lineId: "cali_A1",
    });
  });

  it("refuses lines that are not in this cart and unknown intents", () => {
    expect(parseCartForm(form({ intent: "remove", line_id: "cali_ZZ9" }), lines)).toMatchObject({
      ok: false,
      lineId: null,
    });
    expect(parseCartForm(form({ intent: "empty-everything", line_id: "cali_A1" }), lines)).toMatchObject({
      ok: false,
      message: "Something is wrong with that change; please try again",
    });
  });
});
