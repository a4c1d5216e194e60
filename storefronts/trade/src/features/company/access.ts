/**
 * What a company page may show the signed-in customer. Pages call `companyAccess` in their
 * frontmatter and render the matching panel for anything but "ok"; the backend enforces the same
 * rules on its routes, so this decides presentation, never security.
 */
import { loadMyCompany } from "./company";
import type { EmployeeRole, MyCompany, MyEmployee } from "./types";
import type { StorefrontClient } from "@hybrid/storefront-kit";

export type ActiveCompany = MyCompany & { employee: MyEmployee };

export type CompanyAccess =
  | { kind: "ok"; me: ActiveCompany; role: EmployeeRole }
  /** Not an employee of any company (e.g. a trade customer set up by hand): 404 from the backend. */
  | { kind: "no-company" }
  /** The company exists but cannot trade (pending / rejected / suspended). */
  | { kind: "inactive"; me: MyCompany }
  /** Active company, but the role may not open this page. */
  | { kind: "forbidden"; me: ActiveCompany; role: EmployeeRole };

export function decideAccess(me: MyCompany | null, allowed?: (role: EmployeeRole) => boolean): CompanyAccess {
  if (!me) return { kind: "no-company" };
  if (me.company.status !== "active" || !me.employee) return { kind: "inactive", me };
  const active = me as ActiveCompany;
  const role = active.employee.role;
  if (allowed && !allowed(role)) return { kind: "forbidden", me: active, role };
  return { kind: "ok", me: active, role };
}

export async function companyAccess(
  client: Pick<StorefrontClient, "request">,
  token: string,
  allowed?: (role: EmployeeRole) => boolean,
): Promise<CompanyAccess> {
  return decideAccess(await loadMyCompany(client, token), allowed);
}

/** HTTP status of a page that cannot be shown: 403 for a known customer without the right. */
export function accessStatus(access: CompanyAccess): number {
  return access.kind === "ok" ? 200 : 403;
}
