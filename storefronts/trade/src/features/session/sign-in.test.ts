import { BackendRequestError, BackendUnavailableError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { signIn, type SignInDeps } from "./sign-in";
import type { TradeAccount } from "./trade-account";

const input = { email: "buyer@example.com", password: "hybrid-demo" };
const account = (is_trade: boolean): TradeAccount => ({
  customer: { id: "cus_1", email: input.email, first_name: "Bea", last_name: "Buyer" },
  is_trade,
  groups: is_trade ? [{ id: "cusgroup_1", name: "Trade" }] : [],
});

function deps(overrides: Partial<SignInDeps> = {}): SignInDeps {
  return { login: vi.fn(async () => "a.b.c"), lookup: vi.fn(async () => account(true)), ...overrides };
}

describe("signIn", () => {
  it("returns the token of a Trade-group customer", async () => {
    const d = deps();
    await expect(signIn(d, input)).resolves.toEqual({ ok: true, token: "a.b.c" });
    expect(d.login).toHaveBeenCalledWith("buyer@example.com", "hybrid-demo");
    expect(d.lookup).toHaveBeenCalledWith("a.b.c");
  });

  it("refuses a customer outside the Trade group, without handing out the token", async () => {
    const result = await signIn(deps({ lookup: async () => account(false) }), input);
    expect(result).toEqual({ ok: false, reason: "no-trade-access" });
    expect(JSON.stringify(result)).not.toContain("a.b.c");
  });

  it("reads a wrong password (backend 401) as invalid credentials", async () => {
    const login = async () => {
      throw new BackendRequestError("Invalid email or password", 401);
    };
    const d = deps({ login });
    await expect(signIn(d, input)).resolves.toEqual({ ok: false, reason: "invalid-credentials" });
    expect(d.lookup).not.toHaveBeenCalled();
  });

  it("reads a token the backend then rejects as invalid credentials", async () => {
    await expect(signIn(deps({ lookup: async () => null }), input)).resolves.toEqual({
      ok: false,
      reason: "invalid-credentials",
    });
  });

  it("lets 'backend unavailable' through for the 503 page", async () => {
    const login = async () => {
      throw new BackendUnavailableError();
    };
    await expect(signIn(deps({ login }), input)).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it("explains a pending or rejected application instead of 'no trade access', still without the token", async () => {
    for (const status of ["pending", "rejected", "suspended"] as const) {
      const company = { name: "Acme", status, rejection_reason: status === "rejected" ? "No VAT id" : null };
      const result = await signIn(
        deps({ lookup: async () => account(false), companyStanding: async () => company }),
        input,
      );
      expect(result).toEqual({ ok: false, reason: "company-not-active", company });
      expect(JSON.stringify(result)).not.toContain("a.b.c");
    }
  });

  it("keeps 'no trade access' for a customer without a company, and asks about companies only then", async () => {
    const companyStanding = vi.fn(async () => null);
    await expect(signIn(deps({ lookup: async () => account(false), companyStanding }), input)).resolves.toEqual({
      ok: false,
      reason: "no-trade-access",
    });
    expect(companyStanding).toHaveBeenCalledWith("a.b.c");
    companyStanding.mockClear();
    await signIn(deps({ companyStanding }), input);
    expect(companyStanding).not.toHaveBeenCalled();
  });
});
