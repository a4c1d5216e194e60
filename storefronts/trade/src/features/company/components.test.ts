import { describe, expect, it } from "vitest";
import { renderHtml } from "../../test/render";
import ApplicationStatus from "../application/ApplicationStatus.astro";
import OrderFacts from "../orders/OrderFacts.astro";
import MemberRow from "../team/MemberRow.astro";
import AccessPanel from "./AccessPanel.astro";
import AccountNav from "./AccountNav.astro";

const employee = (id: string, role = "buyer", spending_limit: number | null = 500) => ({
  id,
  role,
  spending_limit,
  customer: { id: `cus_${id}`, email: `${id}@acme.example`, first_name: "Bob", last_name: "Brew" },
});

describe("ApplicationStatus", () => {
  it("tells a pending applicant their application is being reviewed, with no price", async () => {
    const html = await renderHtml(ApplicationStatus, {
      props: { company: { name: "Acme Cafés", status: "pending" }, headingLevel: 1 },
    });
    expect(html).toMatch(/<h1[^>]*>Your trade application is being reviewed<\/h1>/);
    expect(html).toContain("Acme Cafés");
    expect(html).toContain('data-company-status="pending"');
    expect(html).not.toMatch(/€|\$\d/);
  });

  it("gives a rejected applicant the reason", async () => {
    const html = await renderHtml(ApplicationStatus, {
      props: { company: { name: "Acme", status: "rejected", rejection_reason: "No VAT registration" } },
    });
    expect(html).toContain("was not approved");
    expect(html).toContain("Reason: No VAT registration");
  });

  it("renders nothing for an active company", async () => {
    const html = await renderHtml(ApplicationStatus, { props: { company: { name: "Acme", status: "active" } } });
    expect(html).not.toContain("application-status");
  });
});

describe("AccessPanel", () => {
  it("tells a buyer why the team page is closed to them", async () => {
    const me = { company: { name: "Acme" }, employee: { id: "emp_1", role: "buyer" } };
    const html = await renderHtml(AccessPanel, {
      props: { access: { kind: "forbidden", me, role: "buyer" }, action: "manage the team" },
    });
    expect(html).toContain("You cannot manage the team");
    expect(html).toContain("<strong>Buyer</strong>");
  });

  it("points a customer without a company to the application", async () => {
    const html = await renderHtml(AccessPanel, { props: { access: { kind: "no-company" }, action: "place orders" } });
    expect(html).toContain('href="/apply"');
  });
});

describe("AccountNav", () => {
  it("shows Team to admins only and marks the current page", async () => {
    const admin = await renderHtml(AccountNav, { props: { role: "admin", current: "/account/team" } });
    expect(admin).toMatch(/<a href="\/account\/team" aria-current="page">Team<\/a>/);
    const buyer = await renderHtml(AccountNav, { props: { role: "buyer", current: "/orders" } });
    expect(buyer).not.toContain("/account/team");
    expect(buyer).toContain("My orders");
  });
});

describe("MemberRow", () => {
  it("lets an admin change another member's role and limit, and remove them", async () => {
    const html = await renderHtml(MemberRow, {
      props: { employee: employee("emp_2", "approver"), isSelf: false, currency: "eur" },
    });
    expect(html).toMatch(/<label for="member-emp_2-role">Role/);
    expect(html).toMatch(/<option value="approver" selected/);
    expect(html).toContain('name="spending_limit"');
    expect(html).toContain('value="500"');
    expect(html).toContain('value="remove-member"');
  });

  it("never offers one's own role or removal", async () => {
    const html = await renderHtml(MemberRow, {
      props: { employee: employee("emp_1", "admin", null), isSelf: true, currency: "eur" },
    });
    expect(html).not.toContain('name="role"');
    expect(html).not.toContain("remove-member");
    expect(html).toContain("(you)");
    expect(html).toContain("no spending limit");
  });

  it("shows an error next to the field it belongs to", async () => {
    const html = await renderHtml(MemberRow, {
      props: {
        employee: employee("emp_2"),
        isSelf: false,
        currency: "eur",
        errors: { spending_limit: "The amount cannot be negative." },
        values: { spending_limit: "-5", role: "buyer" },
      },
    });
    expect(html).toMatch(/aria-describedby="member-emp_2-spending_limit-hint member-emp_2-spending_limit-error"/);
    expect(html).toMatch(/id="member-emp_2-spending_limit-error">The amount cannot be negative\./);
    expect(html).toContain('value="-5"');
  });
});

describe("OrderFacts", () => {
  it("shows order number, PO number, terms and due date", async () => {
    const html = await renderHtml(OrderFacts, {
      props: {
        displayId: 42,
        createdAt: "2026-03-15T10:00:00Z",
        facts: {
          poNumber: "PO-4711",
          paymentTerms: "net30",
          dueDate: "2026-04-14T00:00:00.000Z",
          onAccount: true,
          placedBy: "Bob Brew",
        },
      },
    });
    expect(html).toContain("#42");
    expect(html).toMatch(/data-po-number[^>]*>PO-4711/);
    expect(html).toContain("On account, Net 30");
    expect(html).toContain("14 April 2026");
    expect(html).toContain('datetime="2026-04-14"');
  });

  it("says terms are being confirmed right after placing", async () => {
    const html = await renderHtml(OrderFacts, {
      props: {
        displayId: 43,
        createdAt: "2026-03-15T10:00:00Z",
        facts: { poNumber: null, paymentTerms: null, dueDate: null, onAccount: false, placedBy: null },
        pendingFacts: true,
      },
    });
    expect(html).toContain("Being confirmed");
    expect(html).not.toContain("Payment due");
  });
});
