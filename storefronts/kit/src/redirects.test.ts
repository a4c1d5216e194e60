import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./redirects";

describe("safeLocalPath", () => {
  it.each([
    ["/categories/coffee-beans?sort=name", "/categories/coffee-beans?sort=name"],
    ["/products/colombia-huila?quantity=10", "/products/colombia-huila?quantity=10"],
    ["/cart", "/cart"],
    ["/", "/"],
    ["/pages/faq#shipping", "/pages/faq#shipping"],
  ])("keeps the same-site path %j", (raw, expected) => {
    expect(safeLocalPath(raw)).toBe(expected);
  });

  it.each([
    ["an absolute URL", "https://evil.example"],
    ["an absolute URL with a path", "https://evil.example/"],
    ["a script URL", "javascript:alert(1)"],
    ["a relative path", "cart"],
    ["a path after whitespace", " /cart"],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/x"],
    ["a slash-backslash URL", "/\\evil.example"],
    ["a backslash later in the path", "/a\\..\\\\evil.example"],
    ["a tab that URL parsing would drop", "/\t/evil.example"],
    ["a newline", "/cart\n"],
    ["an oversized value", `/${"a".repeat(1024)}`],
    ["an empty string", ""],
  ])("refuses %s", (_what, raw) => {
    expect(safeLocalPath(raw)).toBe("/");
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
