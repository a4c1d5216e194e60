import { describe, expect, it } from "vitest";
import { isPublicPath } from "../auth/guard";

describe("public routes for company accounts", () => {
  it("lets anonymous visitors apply and accept an invitation", () => {
    expect(isPublicPath("/apply")).toBe(true);
    expect(isPublicPath("/apply/")).toBe(true);
    expect(isPublicPath("/apply/received")).toBe(true);
    expect(isPublicPath(`/invite/${"a".repeat(64)}`)).toBe(true);
  });

  it("keeps everything else behind sign-in", () => {
    for (const path of [
      "/invite",
      "/applyx",
      "/apply/other",
      "/account/company",
      "/account/team",
      "/orders",
      "/checkout",
      "/account/invite/x",
    ]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });
});
