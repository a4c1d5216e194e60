import { describe, expect, it } from "vitest";
import { GET, TRADE_ROBOTS_TXT } from "../../pages/robots.txt";

describe("trade robots.txt", () => {
  it("disallows every path to every crawler", async () => {
    const response = await GET({} as never);
    expect(await response.text()).toBe(TRADE_ROBOTS_TXT);
    expect(TRADE_ROBOTS_TXT.split("\n")).toEqual(["User-agent: *", "Disallow: /", ""]);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
  });
});
