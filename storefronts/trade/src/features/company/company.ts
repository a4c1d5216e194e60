/**
 * The signed-in customer's company (`GET /store/companies/me`). Null when the customer belongs to
 * no company the backend will talk about (it answers 404 to anyone who is not an employee).
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { amountOrZero, toAmount } from "./amounts";
import type { Company, EmployeeRole, MyCompany } from "./types";

type Client = Pick<StorefrontClient, "request">;

interface RawMyCompany {
  company: Company & Record<string, unknown>;
  employee?: { id: string; role: EmployeeRole; spending_limit?: unknown } | null;
  spending?: { period_start?: string | null; spent?: unknown; remaining?: unknown; currency_code?: string } | null;
  credit?: { limit?: unknown; used?: unknown; available?: unknown } | null;
}

/** Normalises amounts (numbers, numeric strings, raw bigNumbers) and absent parts to null. */
export function normalizeMyCompany(raw: RawMyCompany): MyCompany {
  const company: Company = {
    ...raw.company,
    credit_limit: amountOrZero(raw.company.credit_limit),
    po_required: Boolean(raw.company.po_required),
  };
  const active = company.status === "active";
  return {
    company,
    employee: raw.employee
      ? { id: raw.employee.id, role: raw.employee.role, spending_limit: toAmount(raw.employee.spending_limit) }
      : null,
    spending:
      active && raw.spending
        ? {
            period_start: raw.spending.period_start ?? null,
            spent: amountOrZero(raw.spending.spent),
            remaining: toAmount(raw.spending.remaining),
            currency_code: raw.spending.currency_code ?? company.currency_code,
          }
        : null,
    credit:
      active && raw.credit
        ? {
            limit: amountOrZero(raw.credit.limit),
            used: amountOrZero(raw.credit.used),
            available: amountOrZero(raw.credit.available),
          }
        : null,
  };
}

export async function loadMyCompany(client: Client, token: string): Promise<MyCompany | null> {
  try {
    return normalizeMyCompany(await client.request<RawMyCompany>("/store/companies/me", { token }));
  } catch (error) {
    if (isNotFound(error)) return null;
    if (isBackendRequestError(error) && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

/** For the sign-in flow: the company's name and status, or null without a company. */
export function companyStandingLookup(client: Client) {
  return async (token: string): Promise<Pick<Company, "name" | "status" | "rejection_reason"> | null> => {
    const me = await loadMyCompany(client, token);
    return me
      ? { name: me.company.name, status: me.company.status, rejection_reason: me.company.rejection_reason ?? null }
      : null;
  };
}
