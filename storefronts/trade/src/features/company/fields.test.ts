import { describe, expect, it } from "vitest";
import { normalizeVatId, parseMoneyInput, VAT_ID, vatIdField, phoneField } from "./fields";

describe("parseMoneyInput", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["1000", 1000],
    ["1000.5", 1000.5],
    ["1,500.50", 1500.5],
    ["0", 0],
    [" 250 ", 250],
  ])("%j -> %j", (raw, value) => {
    expect(parseMoneyInput(raw)).toEqual({ ok: true, value });
  });

  it("refuses negative amounts with a message saying so", () => {
    expect(parseMoneyInput("-5")).toEqual({ ok: false, message: "The amount cannot be negative." });
  });

  it.each(["1,5", "12.345", "abc", "1e5", "10,00", "1000000000000"])("refuses %j rather than guess", (raw) => {
    expect(parseMoneyInput(raw).ok).toBe(false);
  });
});

describe("VAT id", () => {
  it("normalises what people copy from invoices", () => {
    expect(normalizeVatId("de 123.456-789")).toBe("DE123456789");
  });

  it("accepts the EU shape and refuses others", () => {
    expect(VAT_ID.test("DE123456789")).toBe(true);
    expect(VAT_ID.test("NL123456789B01")).toBe(true);
    expect(VAT_ID.test("123456789")).toBe(false);
    expect(VAT_ID.test("DE1")).toBe(false);
    expect(VAT_ID.test("DE12345678901234")).toBe(false);
  });

  it("is optional: blank reads as absent", () => {
    expect(vatIdField.parse("")).toBeUndefined();
    expect(vatIdField.parse(undefined)).toBeUndefined();
    expect(vatIdField.parse("fr 12 345678901")).toBe("FR12345678901");
    expect(vatIdField.safeParse("12345").success).toBe(false);
  });
});

describe("phone", () => {
  it("accepts typed phone numbers and refuses words", () => {
    expect(phoneField.parse("+49 30 1234567")).toBe("+49 30 1234567");
    expect(phoneField.parse("")).toBeUndefined();
    expect(phoneField.safeParse("call me").success).toBe(false);
  });
});
