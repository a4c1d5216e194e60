import { describe, expect, it } from "vitest";
import {
  approvalStatusLabel,
  approvalStatusTone,
  badgeText,
  inboxTabs,
  normalizeCounts,
  parseInboxTab,
} from "./status";

describe("approval statuses", () => {
  it("names each status", () => {
    expect(approvalStatusLabel("pending")).toBe("Awaiting approval");
    expect(approvalStatusLabel("approved")).toBe("Approved");
    expect(approvalStatusLabel("rejected")).toBe("Rejected");
    expect(approvalStatusLabel("withdrawn")).toBe("Withdrawn");
    expect(approvalStatusLabel("ordered")).toBe("Ordered");
    expect(approvalStatusTone("pending")).toBe("action");
    expect(approvalStatusTone("odd")).toBe("closed");
  });
});

describe("inbox tabs", () => {
  it("defaults to pending and accepts only the three tabs", () => {
    expect(parseInboxTab(null)).toBe("pending");
    expect(parseInboxTab("Approved")).toBe("approved");
    expect(parseInboxTab("withdrawn")).toBe("pending");
  });

  it("links each tab with its count and marks the current one", () => {
    expect(inboxTabs({ pending: 3, approved: 10, rejected: 1 }, "approved")).toEqual([
      { tab: "pending", label: "Pending", count: 3, href: "/approvals", current: false },
      { tab: "approved", label: "Approved", count: 10, href: "/approvals?status=approved", current: true },
      { tab: "rejected", label: "Rejected", count: 1, href: "/approvals?status=rejected", current: false },
    ]);
  });

  it("reads counts defensively", () => {
    expect(normalizeCounts({ pending: "2", approved: -1, rejected: 1.7 })).toEqual({
      pending: 2,
      approved: 0,
      rejected: 1,
    });
    expect(normalizeCounts(undefined)).toEqual({ pending: 0, approved: 0, rejected: 0 });
  });

  it("caps the header badge and hides it at zero", () => {
    expect(badgeText(0)).toBeNull();
    expect(badgeText(null)).toBeNull();
    expect(badgeText(4)).toBe("4");
    expect(badgeText(12)).toBe("9+");
  });
});
