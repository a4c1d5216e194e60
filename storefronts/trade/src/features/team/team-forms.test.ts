import { describe, expect, it } from "vitest";
import { parseTeamAction, pendingInvites } from "./team-forms";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("parseTeamAction", () => {
  it("reads a role and limit change; blank limit means no limit", () => {
    expect(
      parseTeamAction(form({ intent: "update-member", employee_id: "emp_1", role: "approver", spending_limit: "" })),
    ).toEqual({
      ok: true,
      action: { intent: "update-member", employeeId: "emp_1", body: { role: "approver", spending_limit: null } },
    });
    expect(
      parseTeamAction(form({ intent: "update-member", employee_id: "emp_1", role: "buyer", spending_limit: "1,500" })),
    ).toMatchObject({
      ok: true,
      action: { body: { role: "buyer", spending_limit: 1500 } },
    });
  });

  it("sends no role for one's own row (there is no role field)", () => {
    expect(parseTeamAction(form({ intent: "update-member", employee_id: "emp_me", spending_limit: "200" }))).toEqual({
      ok: true,
      action: { intent: "update-member", employeeId: "emp_me", body: { spending_limit: 200 } },
    });
  });

  it("names an unknown role and a negative limit, on that member's row", () => {
    const result = parseTeamAction(
      form({ intent: "update-member", employee_id: "emp_1", role: "owner", spending_limit: "-10" }),
    );
    expect(result).toMatchObject({
      ok: false,
      target: { kind: "member", employeeId: "emp_1" },
      errors: { role: expect.stringContaining("Choose a role"), spending_limit: "The amount cannot be negative." },
    });
  });

  it("reads an invitation, leaving out an empty limit", () => {
    expect(
      parseTeamAction(form({ intent: "invite", email: " Bob@Acme.example ", role: "buyer", spending_limit: "" })),
    ).toEqual({
      ok: true,
      action: { intent: "invite", body: { email: "bob@acme.example", role: "buyer" } },
    });
    expect(
      parseTeamAction(form({ intent: "invite", email: "bob@acme.example", role: "viewer", spending_limit: "250.50" })),
    ).toMatchObject({
      ok: true,
      action: { body: { spending_limit: 250.5 } },
    });
  });

  it("names a bad invitation email next to the invite form", () => {
    expect(parseTeamAction(form({ intent: "invite", email: "bob", role: "buyer" }))).toMatchObject({
      ok: false,
      target: { kind: "invite" },
      errors: { email: expect.stringContaining("valid email") },
      values: { email: "bob" },
    });
  });

  it("reads removal and revocation, refusing malformed ids", () => {
    expect(parseTeamAction(form({ intent: "remove-member", employee_id: "emp_2" }))).toEqual({
      ok: true,
      action: { intent: "remove-member", employeeId: "emp_2" },
    });
    expect(parseTeamAction(form({ intent: "revoke-invite", invite_id: "einv_9" }))).toEqual({
      ok: true,
      action: { intent: "revoke-invite", inviteId: "einv_9" },
    });
    expect(parseTeamAction(form({ intent: "remove-member", employee_id: "../x" }))).toMatchObject({
      ok: false,
      target: { kind: "page" },
    });
    expect(parseTeamAction(form({ intent: "drop-table" }))).toMatchObject({ ok: false, target: { kind: "page" } });
  });
});

describe("pendingInvites", () => {
  it("drops accepted invitations and marks expired ones", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const list = pendingInvites(
      [
        { id: "a", accepted_at: "2026-03-01T00:00:00Z", expires_at: "2026-03-20T00:00:00Z" },
        { id: "b", accepted_at: null, expires_at: "2026-03-15T00:00:00Z" },
        { id: "c", accepted_at: null, expires_at: "2026-03-09T00:00:00Z" },
      ],
      now,
    );
    expect(list.map((i) => [i.id, i.expired])).toEqual([
      ["c", true],
      ["b", false],
    ]);
  });
});
