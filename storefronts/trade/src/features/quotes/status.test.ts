import { describe, expect, it } from "vitest";
import {
  STATUS_FILTER_OPTIONS,
  hasOffer,
  historyActionLabel,
  isOpenOffer,
  parseStatusFilter,
  quoteStatusLabel,
  quoteStatusTone,
} from "./status";

describe("quote status labels", () => {
  it("names every status the way a buyer reads it", () => {
    expect(quoteStatusLabel("requested")).toBe("Requested");
    expect(quoteStatusLabel("sent")).toBe("Offer received");
    expect(quoteStatusLabel("accepted")).toBe("Accepted");
    expect(quoteStatusLabel("rejected")).toBe("Rejected");
    expect(quoteStatusLabel("declined")).toBe("Declined");
    expect(quoteStatusLabel("expired")).toBe("Expired");
  });

  it("passes unknown statuses through and shows a dash for none", () => {
    expect(quoteStatusLabel("archived")).toBe("archived");
    expect(quoteStatusLabel(null)).toBe("—");
  });

  it("marks an offer as needing action and closed quotes as closed", () => {
    expect(quoteStatusTone("sent")).toBe("action");
    expect(quoteStatusTone("requested")).toBe("waiting");
    expect(quoteStatusTone("accepted")).toBe("done");
    for (const status of ["rejected", "declined", "expired", "nonsense"])
      expect(quoteStatusTone(status)).toBe("closed");
  });
});

describe("status filter", () => {
  it("accepts known statuses (any case, trimmed) and reads anything else as all", () => {
    expect(parseStatusFilter("sent")).toBe("sent");
    expect(parseStatusFilter(" Expired ")).toBe("expired");
    expect(parseStatusFilter("")).toBeNull();
    expect(parseStatusFilter("drop table")).toBeNull();
    expect(parseStatusFilter(null)).toBeNull();
  });

  it("offers all statuses after 'All statuses'", () => {
    expect(STATUS_FILTER_OPTIONS[0]).toEqual({ value: "", label: "All statuses" });
    expect(STATUS_FILTER_OPTIONS.map((o) => o.value)).toEqual([
      "",
      "requested",
      "sent",
      "accepted",
      "rejected",
      "declined",
      "expired",
    ]);
  });
});

describe("isOpenOffer / hasOffer", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it("is open only for a sent offer before its expiry", () => {
    expect(isOpenOffer({ status: "sent", expires_at: "2026-12-01T00:00:00Z" }, now)).toBe(true);
    expect(isOpenOffer({ status: "sent", expires_at: null }, now)).toBe(true);
    expect(isOpenOffer({ status: "sent", expires_at: "2026-11-27T11:59:59Z" }, now)).toBe(false);
    expect(isOpenOffer({ status: "requested", expires_at: null }, now)).toBe(false);
    expect(isOpenOffer({ status: "expired", expires_at: "2026-11-01T00:00:00Z" }, now)).toBe(false);
  });

  it("knows whether an offer was made", () => {
    expect(hasOffer({ status: "requested", version: 0 })).toBe(false);
    expect(hasOffer({ status: "declined", version: 0 })).toBe(false);
    expect(hasOffer({ status: "declined", version: 1 })).toBe(true);
    expect(hasOffer({ status: "sent", version: 0 })).toBe(true);
  });
});

describe("historyActionLabel", () => {
  it("names known actions and makes unknown ones readable", () => {
    expect(historyActionLabel("accepted")).toBe("Offer accepted");
    expect(historyActionLabel("counter_offer_sent")).toBe("Offer sent");
    expect(historyActionLabel("price_list.linked")).toBe("Price list linked");
  });
});
