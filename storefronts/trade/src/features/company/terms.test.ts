import { describe, expect, it } from "vitest";
import { allowsOnAccount, daysUntil, dueDateFor, formatDate, isoDate, termsExplanation, termsLabel } from "./terms";

describe("payment terms", () => {
  it("labels the terms as a buyer reads them", () => {
    expect(termsLabel("net30")).toBe("Net 30");
    expect(termsLabel("net15")).toBe("Net 15");
    expect(termsLabel("net60")).toBe("Net 60");
    expect(termsLabel("prepaid")).toBe("Prepaid");
    expect(termsLabel(null)).toBe("—");
    expect(termsExplanation("net30")).toContain("30 days");
  });

  it("allows ordering on account with net terms only", () => {
    expect(allowsOnAccount("net30")).toBe(true);
    expect(allowsOnAccount("prepaid")).toBe(false);
    expect(allowsOnAccount(undefined)).toBe(false);
    expect(allowsOnAccount("bogus")).toBe(false);
  });
});

describe("due dates", () => {
  it("is N calendar days after the order date, in UTC", () => {
    expect(dueDateFor("2026-01-15T23:30:00Z", "net30")?.toISOString()).toBe("2026-02-14T00:00:00.000Z");
    expect(dueDateFor("2026-12-10T08:00:00Z", "net60")?.toISOString()).toBe("2027-02-08T00:00:00.000Z");
    expect(dueDateFor("2026-01-15T10:00:00Z", "prepaid")).toBeNull();
    expect(dueDateFor("not a date", "net30")).toBeNull();
  });

  it("formats a due date without shifting it by the server's time zone", () => {
    expect(formatDate("2026-02-14T00:00:00.000Z")).toBe("14 February 2026");
    expect(formatDate(null)).toBe("—");
    expect(formatDate("garbage")).toBe("—");
    expect(isoDate("2026-02-14T00:00:00.000Z")).toBe("2026-02-14");
  });

  it("counts the days left (negative when overdue)", () => {
    const today = new Date("2026-03-01T18:00:00Z");
    expect(daysUntil("2026-03-31T00:00:00Z", today)).toBe(30);
    expect(daysUntil("2026-02-27T00:00:00Z", today)).toBe(-2);
  });
});
