import { NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { getCompanyOrder, hasTradeFacts, reorder, tradeFacts, type CompanyOrder } from "./orders";

const order = (extra: Partial<CompanyOrder> & Record<string, unknown> = {}) =>
  ({ id: "order_1", display_id: 12, metadata: null, ...extra }) as CompanyOrder;

describe("tradeFacts", () => {
  it("reads PO number, terms and due date from the order's metadata", () => {
    const facts = tradeFacts(
      order({ metadata: { po_number: "PO-7", payment_terms: "net30", due_date: "2026-04-14T00:00:00.000Z" } }),
    );
    expect(facts).toEqual({
      poNumber: "PO-7",
      paymentTerms: "net30",
      dueDate: "2026-04-14T00:00:00.000Z",
      onAccount: true,
      settled: false,
      placedBy: null,
    });
  });

  it("prefers top-level fields and names who placed it", () => {
    const facts = tradeFacts(
      order({
        po_number: "PO-8",
        payment_terms: "prepaid",
        due_date: null,
        metadata: { po_number: "old" },
        employee: { customer: { first_name: "Bob", last_name: "Brew", email: "b@x" } },
      }),
    );
    expect(facts).toMatchObject({ poNumber: "PO-8", paymentTerms: "prepaid", onAccount: false, placedBy: "Bob Brew" });
  });

  it("takes 'on account' and 'settled' from the ledger when the backend sends them", () => {
    expect(tradeFacts(order({ on_account: false, payment_terms: "net30" })).onAccount).toBe(false);
    expect(
      tradeFacts(order({ on_account: true, payment_terms: "net30", settled_at: "2026-04-01T00:00:00Z" })),
    ).toMatchObject({ onAccount: true, settled: true });
  });

  it("knows when the backend has not written them yet", () => {
    expect(hasTradeFacts(order({ metadata: { company_id: "comp_1", po_number: "PO-1" } }))).toBe(false);
    expect(hasTradeFacts(order({ metadata: { payment_terms: "net30" } }))).toBe(true);
  });
});

describe("getCompanyOrder", () => {
  it("uses the scoped detail route", async () => {
    const request = vi.fn(async () => ({ order: order() }));
    await expect(getCompanyOrder({ request } as never, "tok", "order_1")).resolves.toMatchObject({ id: "order_1" });
    expect(request).toHaveBeenCalledWith("/store/companies/me/orders/order_1", { token: "tok" });
  });

  it("falls back to the scoped list, and is null for an order not in it", async () => {
    const request = vi.fn(async (path: string) => {
      if (path !== "/store/companies/me/orders") throw new NotFoundError();
      return { orders: [order({ id: "order_2" })], count: 1 };
    });
    await expect(getCompanyOrder({ request } as never, "tok", "order_2")).resolves.toMatchObject({ id: "order_2" });
    await expect(getCompanyOrder({ request } as never, "tok", "order_foreign")).resolves.toBeNull();
    expect(request.mock.calls.map((c) => c[0])).not.toContain("/store/orders/order_foreign");
  });
});

describe("reorder", () => {
  it("adds to the open cart when there is one", async () => {
    const request = vi.fn(async () => ({ cart: { id: "cart_9" } }));
    await expect(reorder({ request } as never, "tok", "order_1", "cart_9")).resolves.toBe("cart_9");
    expect(request).toHaveBeenCalledWith("/store/companies/me/orders/order_1/reorder", {
      method: "POST",
      token: "tok",
      body: { cart_id: "cart_9" },
    });
    await reorder({ request } as never, "tok", "order_1", undefined);
    expect(request).toHaveBeenLastCalledWith("/store/companies/me/orders/order_1/reorder", {
      method: "POST",
      token: "tok",
      body: {},
    });
  });
});
