/**
 * What each role may do, as the site shows it (the backend enforces the same rules on every
 * route; this only hides what would be refused):
 * - admin: everything in their company (team, invites, addresses, all orders, checkout).
 * - approver: all company orders, checkout, reads addresses.
 * - buyer: own orders, checkout, reads addresses.
 * - viewer: all company orders, read-only (no checkout, no reorder).
 * Approvals: approvers and admins decide on other employees' carts; admins set the rules.
 */
import type { EmployeeRole } from "./types";

export const ROLE_LABELS: Record<EmployeeRole, string> = {
  admin: "Administrator",
  approver: "Approver",
  buyer: "Buyer",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<EmployeeRole, string> = {
  admin: "Manages the team, addresses and orders; can order.",
  approver: "Sees all company orders; can order.",
  buyer: "Orders and sees their own orders.",
  viewer: "Sees all company orders; cannot order.",
};

export const roleLabel = (role: string): string => ROLE_LABELS[role as EmployeeRole] ?? role;

export const canManageTeam = (role: EmployeeRole): boolean => role === "admin";
export const canManageAddresses = (role: EmployeeRole): boolean => role === "admin";
export const canPlaceOrders = (role: EmployeeRole): boolean => role !== "viewer";
export const canReorder = (role: EmployeeRole): boolean => role !== "viewer";
/** Company approval rules: everyone reads them, administrators change them. */
export const canEditApprovalRules = (role: EmployeeRole): boolean => role === "admin";
/** Approvers and administrators approve or reject other employees' carts (never their own). */
export const canDecideApprovals = (role: EmployeeRole): boolean => role === "approver" || role === "admin";
/** Quotes: anyone who may order may ask for one (viewers cannot). */
export const canRequestQuotes = (role: EmployeeRole): boolean => role !== "viewer";

/** Buyers see their own orders only; everyone else the whole company's. */
export const seesAllOrders = (role: EmployeeRole): boolean => role !== "buyer";

export interface AccountLink {
  href: string;
  label: string;
}

/** The account sub-navigation for a role (a viewer or buyer does not see "Team"). */
export function accountLinks(role: EmployeeRole): AccountLink[] {
  return [
    { href: "/account/company", label: "Company" },
    ...(canManageTeam(role) ? [{ href: "/account/team", label: "Team" }] : []),
    { href: "/account/addresses", label: "Addresses" },
    { href: "/account/approval-rules", label: "Approval rules" },
    { href: "/orders", label: seesAllOrders(role) ? "Company orders" : "My orders" },
  ];
}

/** Role choices for a form, in the order a company admin thinks of them. */
export const ROLE_OPTIONS = (["buyer", "approver", "viewer", "admin"] as const).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));
