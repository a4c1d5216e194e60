/**
 * The company role persona blocks are chosen by. Only entries with blocks for company admins or
 * approvers need it, so other pages make no extra backend call for it.
 */
import type { CompanyRole } from "@hybrid/content";
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { companyAccess } from "../company/access";

interface EntryWithBlocks {
  data: { variants: ReadonlyArray<{ audience: readonly string[] }> };
}

export function needsRole(entry: EntryWithBlocks | undefined): boolean {
  return !!entry?.data.variants.some((block) => block.audience.some((a) => a === "company_admin" || a === "approver"));
}

export async function viewerRole(
  client: Pick<StorefrontClient, "request">,
  token: string,
  entry: EntryWithBlocks | undefined,
): Promise<CompanyRole | null> {
  if (!needsRole(entry)) return null;
  const access = await companyAccess(client, token);
  return access.kind === "ok" ? access.role : null;
}
