import { BackendRequestError, BackendUnavailableError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { companyStandingLookup, loadMyCompany, normalizeMyCompany } from "./company";

const raw = {
  company: {
    id: "comp_1",
    name: "Acme",
    status: "active",
    currency_code: "eur",
    payment_terms: "net30",
    credit_limit: "5000",
    po_required: true,
    spending_period: "monthly",
  },
  employee: { id: "emp_1", role: "admin", spending_limit: { value: "1000" } },
  spending: { period_start: "2026-03-01T00:00:00Z", spent: 250.5, remaining: 749.5 },
  credit: { limit: 5000, used: "100", available: 4900 },
} as never;

describe("normalizeMyCompany", () => {
  it("reads amounts however the backend serialised them", () => {
    const me = normalizeMyCompany(raw);
    expect(me.company.credit_limit).toBe(5000);
    expect(me.employee).toEqual({ id: "emp_1", role: "admin", spending_limit: 1000 });
    expect(me.spending).toEqual({
      period_start: "2026-03-01T00:00:00Z",
      spent: 250.5,
      remaining: 749.5,
      currency_code: "eur",
    });
    expect(me.credit).toEqual({ limit: 5000, used: 100, available: 4900 });
  });

  it("keeps only the company for a pending application", () => {
    const me = normalizeMyCompany({ company: { ...(raw as { company: object }).company, status: "pending" } } as never);
    expect(me.company.status).toBe("pending");
    expect(me.employee).toBeNull();
    expect(me.spending).toBeNull();
    expect(me.credit).toBeNull();
  });
});

describe("loadMyCompany", () => {
  it("is null for a customer without a company (404) and passes the token", async () => {
    const request = vi.fn(async () => {
      throw new NotFoundError();
    });
    await expect(loadMyCompany({ request } as never, "tok")).resolves.toBeNull();
    expect(request).toHaveBeenCalledWith("/store/companies/me", { token: "tok" });
  });

  it("lets 'backend unavailable' through for the 503 page", async () => {
    const request = async () => {
      throw new BackendUnavailableError();
    };
    await expect(loadMyCompany({ request } as never, "tok")).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it("answers the sign-in flow with name, status and reason", async () => {
    const request = async () => ({
      company: { name: "Acme", status: "rejected", rejection_reason: "No VAT id", credit_limit: 0 },
    });
    await expect(companyStandingLookup({ request } as never)("tok")).resolves.toEqual({
      name: "Acme",
      status: "rejected",
      rejection_reason: "No VAT id",
    });
    const forbidden = async () => {
      throw new BackendRequestError("no", 403);
    };
    await expect(companyStandingLookup({ request: forbidden } as never)("tok")).resolves.toBeNull();
  });
});
