import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./redirects";

/** Where a browser on https://shop.example/account/x goes with `Location: <target>`. */
function browserDestination(target: string): URL {
  return new URL(target, "https://shop.example/account/x");
}

/** The result stays on the site whichever way it is read: as sent, and decoded once or twice. */
function expectSameSite(result: string): void {
  expect(result.startsWith("/")).toBe(true);
  let current = result;
  for (let round = 0; round < 3; round++) {
    expect(current).not.toMatch(/^[/\\]{2}/);
    expect(current).not.toContain("\\");
    expect(browserDestination(current).origin).toBe("https://shop.example");
    const decoded = decodeURIComponent(current.split(/[?#]/, 1)[0] ?? current);
    if (decoded === current) break;
    current = decoded;
  }
}

describe("safeLocalPath", () => {
  it.each([
    ["/", "/"],
    ["/cart", "/cart"],
    ["/categories/coffee-beans?sort=name", "/categories/coffee-beans?sort=name"],
    ["/products/colombia-huila?quantity=10", "/products/colombia-huila?quantity=10"],
    ["/pages/faq#shipping", "/pages/faq#shipping"],
    ["/search?q=cold+brew&page=2#results", "/search?q=cold+brew&page=2#results"],
    ["/search?q=caf%C3%A9", "/search?q=caf%C3%A9"],
    ["/search?next=//evil.example", "/search?next=//evil.example"],
    ["/orders/order_01JABCDEF?placed=1", "/orders/order_01JABCDEF?placed=1"],
    ["/account/team?done=invite", "/account/team?done=invite"],
    ["/quotes/quo_123#conversation", "/quotes/quo_123#conversation"],
    ["/products/a%20b", "/products/a%20b"],
  ])("keeps the same-site path %j unchanged", (raw, expected) => {
    expect(safeLocalPath(raw)).toBe(expected);
    expectSameSite(safeLocalPath(raw));
  });

  it.each([
    ["/a/./b/../c?x=1", "/a/c?x=1"],
    ["/a/%2e%2e/b", "/b"],
    ["/cart/", "/cart/"],
  ])("returns %j normalised (%j)", (raw, expected) => {
    expect(safeLocalPath(raw)).toBe(expected);
  });

  // Each of these leaves the site in a browser (or after one more decoding hop), is not a path, or
  // is junk. All answer the fallback.
  const hostile: Array<[string, string]> = [
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/phish"],
    ["three slashes", "///evil.example"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a backslash later in the path", "/a\\..\\\\evil.example"],
    ["dot segment then two slashes", "/.//evil.example/phish"],
    ["double-dot segment then two slashes", "/..//evil.example"],
    ["segment, double dot, two slashes", "/a/..//evil.example"],
    ["deeper dot segments", "/a/b/../..//evil.example"],
    ["dot then backslash", "/./\\evil.example"],
    ["encoded dot segments", "/%2e%2e//evil.example"],
    ["encoded single dot", "/%2e//evil.example"],
    ["mixed-case encoded dot", "/a/%2E%2e//evil.example"],
    ["encoded slashes", "/%2f%2fevil.example"],
    ["encoded slashes, upper case", "/%2F%2Fevil.example"],
    ["one encoded slash", "/%2fevil.example"],
    ["encoded backslash", "/%5cevil.example"],
    ["encoded backslash, upper case", "/%5Cevil.example"],
    ["encoded backslash later", "/a/%5c%5cevil.example"],
    ["double-encoded slashes", "/%252f%252fevil.example"],
    ["double-encoded backslash", "/%255cevil.example"],
    ["double-encoded dots", "/%252e%252e//evil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["encoded newline", "/%0a/evil.example"],
    ["encoded NUL", "/%00evil.example"],
    ["malformed encoding", "/%E0%A4%A"],
    ["lone percent", "/100%"],
    ["absolute https URL", "https://evil.example"],
    ["absolute http URL", "http://evil.example/phish"],
    ["absolute URL without slashes", "https:evil.example"],
    ["scheme-relative with credentials", "//user:pass@evil.example"],
    ["javascript scheme", "javascript:alert(1)"],
    ["javascript scheme, mixed case", "JaVaScRiPt:alert(1)"],
    ["javascript after a slash", "/javascript:alert(1)//evil.example\\x"],
    ["data URL", "data:text/html,<script>alert(1)</script>"],
    ["vbscript", "vbscript:msgbox(1)"],
    ["file URL", "file:///etc/passwd"],
    ["mailto", "mailto:a@evil.example"],
    ["relative path", "cart"],
    ["dot relative path", "./cart"],
    ["parent relative path", "../cart"],
    ["query only", "?next=/cart"],
    ["fragment only", "#top"],
    ["leading space", " /cart"],
    ["leading space before two slashes", " //evil.example"],
    ["leading tab", "\t//evil.example"],
    ["tab between slashes", "/\t/evil.example"],
    ["newline between slashes", "/\n/evil.example"],
    ["carriage return between slashes", "/\r/evil.example"],
    ["trailing newline", "/cart\n"],
    ["NUL inside", "/cart\u0000//evil.example"],
    ["NUL before two slashes", "\u0000//evil.example"],
    ["vertical tab", "/\u000b/evil.example"],
    ["DEL", "/\u007f/evil.example"],
    ["C1 control", "/\u0085/evil.example"],
    ["fullwidth solidus", "/\uff0fevil.example"],
    ["two fullwidth solidi", "\uff0f\uff0fevil.example"],
    ["fullwidth reverse solidus", "/\uff3cevil.example"],
    ["small reverse solidus", "/\ufe68evil.example"],
    ["an empty string", ""],
    ["an oversized value", `/${"a".repeat(1024)}`],
    ["an oversized value hiding two slashes", `/${"./".repeat(600)}/evil.example`],
  ];

  it("has at least fifty hostile payloads", () => {
    expect(hostile.length).toBeGreaterThanOrEqual(50);
  });

  it.each(hostile)("refuses %s", (_what, raw) => {
    expect(safeLocalPath(raw)).toBe("/");
    expect(safeLocalPath(raw, "/cart")).toBe("/cart");
  });

  it("never returns a target that leaves the site, whatever the input", () => {
    const pieces = [
      "/",
      "\\",
      ".",
      "..",
      "%2e",
      "%2f",
      "%5c",
      "%252f",
      "\t",
      "\n",
      " ",
      "evil.example",
      "a",
      "?",
      "#",
      ":",
      "@",
      "\uff0f",
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 5000; i++) {
      let raw = "";
      const length = 1 + Math.floor(random() * 8);
      for (let j = 0; j < length; j++) raw += pieces[Math.floor(random() * pieces.length)];
      expectSameSite(safeLocalPath(raw));
    }
  });

  it("refuses non-strings", () => {
    for (const bad of [null, undefined, 42, ["/cart"], { toString: () => "/cart" }]) {
      expect(safeLocalPath(bad)).toBe("/");
    }
  });

  it("returns the given fallback instead of the home page", () => {
    expect(safeLocalPath("//evil.example", "/cart")).toBe("/cart");
    expect(safeLocalPath(undefined, "/account")).toBe("/account");
    expect(safeLocalPath("/checkout", "/cart")).toBe("/checkout");
  });
});
