import { describe, expect, it } from "vitest";
import { creditGauge, periodLabel, spendingGauge } from "./spending";
import type { MyCompany } from "./types";

const base: MyCompany = {
  company: {
    id: "comp_1",
    name: "Acme",
    vat_id: null,
    email: "a@acme.example",
    phone: null,
    currency_code: "eur",
    status: "active",
    payment_terms: "net30",
    credit_limit: 5000,
    po_required: false,
    spending_period: "monthly",
  },
  employee: { id: "emp_1", role: "buyer", spending_limit: 1000 },
  spending: { period_start: "2026-03-01T00:00:00Z", spent: 600, remaining: 400, currency_code: "eur" },
  credit: { limit: 5000, used: 1250, available: 3750 },
};

describe("spending gauge", () => {
  it("shows spent, limit and what remains, in the company currency", () => {
    expect(spendingGauge(base)).toEqual({
      used: "€600.00",
      limit: "€1,000.00",
      remaining: "€400.00",
      percent: 60,
      exhausted: false,
    });
  });

  it("has no limit and no meter for an employee without a limit", () => {
    const gauge = spendingGauge({
      ...base,
      employee: { ...base.employee!, spending_limit: null },
      spending: { ...base.spending!, remaining: null },
    });
    expect(gauge).toMatchObject({ limit: null, remaining: null, percent: null, exhausted: false });
  });

  it("marks an exhausted limit and caps the meter at 100", () => {
    const gauge = spendingGauge({ ...base, spending: { ...base.spending!, spent: 1200, remaining: 0 } });
    expect(gauge).toMatchObject({ remaining: "€0.00", percent: 100, exhausted: true });
  });

  it("is absent for a company that cannot trade", () => {
    expect(spendingGauge({ ...base, spending: null })).toBeNull();
  });
});

describe("credit gauge", () => {
  it("shows used and available credit", () => {
    expect(creditGauge(base)).toEqual({
      used: "€1,250.00",
      limit: "€5,000.00",
      remaining: "€3,750.00",
      percent: 25,
      exhausted: false,
    });
  });

  it("formats US companies in dollars", () => {
    const us = { ...base, company: { ...base.company, currency_code: "usd" } };
    expect(creditGauge(us)?.limit).toBe("$5,000.00");
  });
});

describe("periodLabel", () => {
  it("names the period", () => {
    expect(periodLabel("monthly")).toBe("this month");
    expect(periodLabel("quarterly")).toBe("this quarter");
    expect(periodLabel("yearly")).toBe("this year");
  });
});
