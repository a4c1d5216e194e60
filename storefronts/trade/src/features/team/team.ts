/** The team routes of the company-accounts store API (company admins only, enforced there). */
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { toAmount } from "../company/amounts";
import type { Employee, Invite } from "../company/types";
import type { TeamAction } from "./team-forms";

type Client = Pick<StorefrontClient, "request">;

export async function listEmployees(client: Client, token: string): Promise<Employee[]> {
  const r = await client.request<{ employees: Employee[] }>("/store/companies/me/employees", { token });
  return r.employees.map((e) => ({ ...e, spending_limit: toAmount(e.spending_limit) }));
}

export async function listInvites(client: Client, token: string): Promise<Invite[]> {
  const r = await client.request<{ invites: Invite[] }>("/store/companies/me/invites", { token });
  return r.invites.map((i) => ({ ...i, spending_limit: toAmount(i.spending_limit) }));
}

/** Runs one parsed team action against the backend. Refusals surface as BackendRequestError / NotFoundError. */
export async function runTeamAction(client: Client, token: string, action: TeamAction): Promise<void> {
  const id = (value: string) => encodeURIComponent(value);
  switch (action.intent) {
    case "update-member":
      await client.request(`/store/companies/me/employees/${id(action.employeeId)}`, {
        method: "POST",
        body: action.body,
        token,
      });
      return;
    case "remove-member":
      await client.request(`/store/companies/me/employees/${id(action.employeeId)}`, { method: "DELETE", token });
      return;
    case "invite":
      await client.request("/store/companies/me/invites", { method: "POST", body: action.body, token });
      return;
    case "revoke-invite":
      await client.request(`/store/companies/me/invites/${id(action.inviteId)}`, { method: "DELETE", token });
      return;
  }
}

/** The notice shown after a successful action (`?done=<intent>`). */
export const TEAM_NOTICES: Record<TeamAction["intent"], string> = {
  "update-member": "Team member updated.",
  "remove-member": "Team member removed.",
  invite: "Invitation sent.",
  "revoke-invite": "Invitation revoked.",
};
