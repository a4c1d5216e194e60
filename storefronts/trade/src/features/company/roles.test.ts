import { describe, expect, it } from "vitest";
import { decideAccess } from "./access";
import {
  accountLinks,
  canManageAddresses,
  canManageTeam,
  canPlaceOrders,
  canReorder,
  roleLabel,
  seesAllOrders,
} from "./roles";
import type { EmployeeRole, MyCompany } from "./types";

const me = (role: EmployeeRole, status: MyCompany["company"]["status"] = "active"): MyCompany => ({
  company: {
    id: "comp_1",
    name: "Acme Cafés",
    vat_id: null,
    email: "ap@acme.example",
    phone: null,
    currency_code: "eur",
    status,
    payment_terms: "net30",
    credit_limit: 5000,
    po_required: false,
    spending_period: "monthly",
  },
  employee: { id: "emp_1", role, spending_limit: null },
  spending: null,
  credit: null,
});

describe("role visibility", () => {
  it.each([
    ["admin", { team: true, addresses: true, order: true, reorder: true, all: true }],
    ["approver", { team: false, addresses: false, order: true, reorder: true, all: true }],
    ["buyer", { team: false, addresses: false, order: true, reorder: true, all: false }],
    ["viewer", { team: false, addresses: false, order: false, reorder: false, all: true }],
  ] as const)("%s", (role, can) => {
    expect(canManageTeam(role)).toBe(can.team);
    expect(canManageAddresses(role)).toBe(can.addresses);
    expect(canPlaceOrders(role)).toBe(can.order);
    expect(canReorder(role)).toBe(can.reorder);
    expect(seesAllOrders(role)).toBe(can.all);
  });

  it("shows the Team link to admins only", () => {
    expect(accountLinks("admin").map((l) => l.href)).toContain("/account/team");
    for (const role of ["buyer", "approver", "viewer"] as const)
      expect(accountLinks(role).map((l) => l.href)).not.toContain("/account/team");
    expect(accountLinks("buyer").find((l) => l.href === "/orders")?.label).toBe("My orders");
  });

  it("labels roles, and passes unknown ones through", () => {
    expect(roleLabel("admin")).toBe("Administrator");
    expect(roleLabel("owner")).toBe("owner");
  });
});

describe("decideAccess", () => {
  it("admits an employee of an active company", () => {
    expect(decideAccess(me("buyer"))).toMatchObject({ kind: "ok", role: "buyer" });
  });

  it("refuses a role the page does not allow, with the role", () => {
    expect(decideAccess(me("buyer"), canManageTeam)).toMatchObject({ kind: "forbidden", role: "buyer" });
    expect(decideAccess(me("viewer"), canPlaceOrders)).toMatchObject({ kind: "forbidden" });
  });

  it("tells apart no company and a company that cannot trade", () => {
    expect(decideAccess(null)).toEqual({ kind: "no-company" });
    for (const status of ["pending", "rejected", "suspended"] as const) {
      expect(decideAccess(me("admin", status), canManageTeam).kind).toBe("inactive");
    }
  });
});
