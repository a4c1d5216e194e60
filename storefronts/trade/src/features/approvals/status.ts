/** How approval statuses read, and the inbox tabs with their counts. */
import type { BadgeTone } from "../quotes/status";
import { APPROVAL_STATUSES, type ApprovalCounts, type ApprovalStatus } from "./types";

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, string> = {
  pending: "Awaiting approval",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ordered: "Ordered",
};

const TONES: Record<ApprovalStatus, BadgeTone> = {
  pending: "action",
  approved: "done",
  rejected: "closed",
  withdrawn: "closed",
  ordered: "done",
};

export function isApprovalStatus(value: unknown): value is ApprovalStatus {
  return typeof value === "string" && (APPROVAL_STATUSES as readonly string[]).includes(value);
}

export const approvalStatusLabel = (status: string | null | undefined): string =>
  isApprovalStatus(status) ? APPROVAL_STATUS_LABELS[status] : status ? String(status) : "—";

export const approvalStatusTone = (status: string | null | undefined): BadgeTone =>
  isApprovalStatus(status) ? TONES[status] : "closed";

export const INBOX_TABS = ["pending", "approved", "rejected"] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

const TAB_LABELS: Record<InboxTab, string> = { pending: "Pending", approved: "Approved", rejected: "Rejected" };

/** `?status=` of /approvals: one of the tabs, pending by default. */
export function parseInboxTab(raw: string | null | undefined): InboxTab {
  const value = (raw ?? "").trim().toLowerCase();
  return (INBOX_TABS as readonly string[]).includes(value) ? (value as InboxTab) : "pending";
}

export interface InboxTabLink {
  tab: InboxTab;
  label: string;
  count: number;
  href: string;
  current: boolean;
}

export function inboxTabs(counts: ApprovalCounts, current: InboxTab): InboxTabLink[] {
  return INBOX_TABS.map((tab) => ({
    tab,
    label: TAB_LABELS[tab],
    count: counts[tab],
    href: tab === "pending" ? "/approvals" : `/approvals?status=${tab}`,
    current: tab === current,
  }));
}

/** Counts from the backend, each a whole number >= 0 (absent or odd values read as 0). */
export function normalizeCounts(raw: unknown): ApprovalCounts {
  const source = (raw ?? {}) as Record<string, unknown>;
  const count = (value: unknown) => {
    const n = typeof value === "string" ? Number(value) : value;
    return typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  };
  return { pending: count(source.pending), approved: count(source.approved), rejected: count(source.rejected) };
}

/** The header badge text: "9+" above nine, nothing for zero. */
export function badgeText(count: number | null | undefined): string | null {
  if (!count || count < 1) return null;
  return count > 9 ? "9+" : String(count);
}
