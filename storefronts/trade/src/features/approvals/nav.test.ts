import { BackendUnavailableError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { approvalsNavLoader, approvalsNavMiddleware, roleCache, within } from "./nav";

const company = (role: string, status = "active") => ({
  company: {
    id: "comp_1",
    name: "Acme",
    status,
    currency_code: "eur",
    payment_terms: "net30",
    credit_limit: 0,
    po_required: false,
    spending_period: "monthly",
    email: "a@b.c",
    vat_id: null,
    phone: null,
  },
  employee: { id: "emp_1", role, spending_limit: null },
});

function fakeClient(role: string | null, pending = 3) {
  return {
    request: vi.fn(async (path: string) => {
      if (path === "/store/companies/me") {
        if (!role) throw new NotFoundError("Company not found");
        return company(role);
      }
      if (path === "/store/approvals")
        return { approvals: [], count: pending, counts: { pending, approved: 0, rejected: 0 } };
      throw new Error(`unexpected ${path}`);
    }),
  };
}

describe("approvalsNavLoader", () => {
  it("gives approvers and admins the pending count, asking only for the counts once the role is known", async () => {
    const client = fakeClient("approver", 4);
    const load = approvalsNavLoader(client as never, roleCache(), () => 1000);
    expect(await load("cus_1", "t")).toEqual({ pending: 4 });
    expect(client.request).toHaveBeenCalledTimes(2);
    expect(await load("cus_1", "t")).toEqual({ pending: 4 });
    expect(client.request).toHaveBeenCalledTimes(3);
    expect(client.request).toHaveBeenLastCalledWith("/store/approvals", {
      token: "t",
      query: { status: "pending", limit: 1, offset: 0 },
    });
  });

  it("costs a buyer, a viewer or a customer without company no call once their role is known", async () => {
    for (const role of ["buyer", "viewer", null]) {
      const client = fakeClient(role);
      const load = approvalsNavLoader(client as never, roleCache(), () => 1000);
      expect(await load("cus_1", "t")).toBeNull();
      const calls = client.request.mock.calls.length;
      expect(await load("cus_1", "t")).toBeNull();
      expect(client.request.mock.calls.length).toBe(calls);
    }
  });

  it("asks for the role again after the cache expires (a changed role shows up)", async () => {
    let now = 0;
    const client = fakeClient("buyer");
    const load = approvalsNavLoader(client as never, roleCache(60_000), () => now);
    await load("cus_1", "t");
    now = 61_000;
    await load("cus_1", "t");
    expect(client.request.mock.calls.filter(([path]) => path === "/store/companies/me")).toHaveLength(2);
  });

  it("shows nothing, and remembers nothing, when the backend fails", async () => {
    const client = { request: vi.fn().mockRejectedValue(new BackendUnavailableError()) };
    const load = approvalsNavLoader(client as never, roleCache(), () => 0);
    expect(await load("cus_1", "t")).toBeNull();
    expect(await load("cus_1", "t")).toBeNull();
    expect(client.request.mock.calls.filter(([path]) => path === "/store/companies/me")).toHaveLength(2);
  });
});

describe("within", () => {
  it("falls back after the time limit, and on failure", async () => {
    vi.useFakeTimers();
    const slow = within(new Promise(() => {}), 1500, "fallback");
    vi.advanceTimersByTime(1500);
    expect(await slow).toBe("fallback");
    vi.useRealTimers();
    expect(await within(Promise.reject(new Error("x")), 1000, null)).toBeNull();
    expect(await within(Promise.resolve(2), 1000, null)).toBe(2);
  });
});

describe("approvalsNavMiddleware", () => {
  const context = (method: string, path: string, signedIn = true) => ({
    request: new Request(`http://localhost:4322${path}`, { method }),
    url: new URL(`http://localhost:4322${path}`),
    locals: { buyer: signedIn ? { id: "cus_1" } : null, sessionToken: signedIn ? "t" : null } as Record<
      string,
      unknown
    >,
  });

  it("starts the lookup for GET pages and hands the layout the same answer", async () => {
    const load = vi.fn().mockResolvedValue({ pending: 2 });
    const ctx = context("GET", "/cart");
    await approvalsNavMiddleware(load)(ctx as never, async () => new Response("ok"));
    expect(load).toHaveBeenCalledWith("cus_1", "t");
    const lookup = ctx.locals.approvalsNav as () => Promise<unknown>;
    expect(await lookup()).toEqual({ pending: 2 });
    await lookup();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("waits for the layout on POSTs, and skips anonymous visitors and endpoints", async () => {
    const load = vi.fn().mockResolvedValue({ pending: 2 });
    const post = context("POST", "/cart");
    await approvalsNavMiddleware(load)(post as never, async () => new Response("ok"));
    expect(load).not.toHaveBeenCalled();
    expect(typeof post.locals.approvalsNav).toBe("function");
    for (const ctx of [
      context("GET", "/sign-in", false),
      context("GET", "/search/suggest.json"),
      context("GET", "/quick-order/suggest?q=a"),
    ]) {
      await approvalsNavMiddleware(load)(ctx as never, async () => new Response("ok"));
      expect(ctx.locals.approvalsNav).toBeUndefined();
    }
    expect(load).not.toHaveBeenCalled();
  });
});
