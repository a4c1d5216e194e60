/**
 * The header's "Approvals" entry: shown to company approvers and administrators, with the number
 * of carts waiting for a decision. It must never slow a page down or break it:
 * - the role is remembered per customer for a few minutes (in this process), so a buyer or viewer
 *   costs no backend call at all, and an approver one cheap call (`GET /store/approvals?status=
 *   pending&limit=1`, which answers the counts);
 * - the lookup starts in the middleware, in parallel with the page's own data, and the layout
 *   waits at most `timeoutMs` for it;
 * - any failure (backend down, no company, routes missing) means no badge, never an error page.
 * The role shown here only decides presentation; the backend enforces who may decide.
 */
import type { StorefrontClient } from "@hybrid/storefront-kit";
import type { MiddlewareHandler } from "astro";
import { loadMyCompany } from "../company/company";
import type { EmployeeRole } from "../company/types";
import { approvalCounts } from "./approvals";

export interface ApprovalsNav {
  /** Pending requests the signed-in approver can decide on (company-wide). */
  pending: number;
}

export type ApprovalsNavLookup = () => Promise<ApprovalsNav | null>;

/** Approvers and administrators decide on other people's carts. */
export const decidesApprovals = (role: EmployeeRole | null | undefined): boolean =>
  role === "approver" || role === "admin";

interface RoleEntry {
  role: EmployeeRole | null;
  at: number;
}

export interface RoleCache {
  get(customerId: string, now: number): EmployeeRole | null | undefined;
  set(customerId: string, role: EmployeeRole | null, now: number): void;
}

/** A small in-process cache: `undefined` = unknown (ask), `null` = no active company. */
export function roleCache(ttlMs = 5 * 60_000, maxEntries = 2000): RoleCache {
  const entries = new Map<string, RoleEntry>();
  return {
    get(customerId, now) {
      const entry = entries.get(customerId);
      if (!entry) return undefined;
      if (now - entry.at > ttlMs) {
        entries.delete(customerId);
        return undefined;
      }
      return entry.role;
    },
    set(customerId, role, now) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(customerId, { role, at: now });
    },
  };
}

type Client = Pick<StorefrontClient, "request">;

/**
 * Resolves the nav entry for one customer: null (no entry) unless they approve. A role not yet
 * known is looked up together with the counts, in parallel.
 */
export function approvalsNavLoader(client: Client, cache: RoleCache = roleCache(), clock: () => number = Date.now) {
  return async (customerId: string, token: string): Promise<ApprovalsNav | null> => {
    const known = cache.get(customerId, clock());
    if (known !== undefined && !decidesApprovals(known)) return null;
    const counts = approvalCounts(client, token).then(
      (c) => c,
      () => null,
    );
    let role = known;
    if (role === undefined) {
      const me = await loadMyCompany(client, token).catch(() => undefined);
      if (me === undefined) return null; // Unknown this time: ask again next request.
      role = me && me.company.status === "active" && me.employee ? me.employee.role : null;
      cache.set(customerId, role, clock());
    }
    if (!decidesApprovals(role)) return null;
    const c = await counts;
    return c ? { pending: c.pending } : null;
  };
}

/** Resolves to `fallback` if `promise` takes longer than `ms` (the promise itself keeps running). */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Paths that render no header (endpoints): no lookup for them. */
const NO_HEADER = [/^\/_astro\//, /\.(json|txt|svg|ico)$/, /^\/quick-order\/suggest/, /^\/region$/, /^\/sign-out$/];

/**
 * Sets `locals.approvalsNav` for signed-in buyers. GET pages start the lookup at once (it runs
 * beside the page's own backend calls); other requests only when the layout asks (a POST usually
 * answers with a redirect and renders nothing).
 */
export function approvalsNavMiddleware(
  load: (customerId: string, token: string) => Promise<ApprovalsNav | null>,
  timeoutMs = 1500,
): MiddlewareHandler {
  return (context, next) => {
    const { buyer, sessionToken } = context.locals;
    context.locals.approvalsNav = undefined;
    if (!buyer || !sessionToken || NO_HEADER.some((pattern) => pattern.test(context.url.pathname))) return next();
    let started: Promise<ApprovalsNav | null> | undefined;
    const lookup: ApprovalsNavLookup = () => (started ??= within(load(buyer.id, sessionToken), timeoutMs, null));
    if (context.request.method === "GET") void lookup();
    context.locals.approvalsNav = lookup;
    return next();
  };
}
