import { describe, expect, it, vi } from "vitest";
import { needsRole, viewerRole } from "./viewer";

const entry = (...audiences: string[][]) => ({ data: { variants: audiences.map((audience) => ({ audience })) } });

function clientAnswering(role: string, status = "active") {
  return {
    request: vi.fn(async () => ({
      company: { id: "comp_1", name: "Corner Café", status, currency_code: "eur" },
      employee: { id: "emp_1", role, spending_limit: null },
      credit: null,
    })),
  };
}

describe("viewerRole", () => {
  it("asks the backend only when the entry has blocks for company admins or approvers", async () => {
    const client = clientAnswering("admin");
    expect(needsRole(entry(["trade"]))).toBe(false);
    expect(await viewerRole(client as never, "tok", entry(["trade"]))).toBeNull();
    expect(await viewerRole(client as never, "tok", undefined)).toBeNull();
    expect(client.request).not.toHaveBeenCalled();
  });

  it("is the buyer's role in an active company, and nothing for an inactive one", async () => {
    expect(await viewerRole(clientAnswering("approver") as never, "tok", entry(["approver"]))).toBe("approver");
    expect(
      await viewerRole(clientAnswering("admin", "suspended") as never, "tok", entry(["company_admin"])),
    ).toBeNull();
  });
});
