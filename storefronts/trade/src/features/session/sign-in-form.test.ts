import { describe, expect, it } from "vitest";
import { parseSignInForm, safeNextPath, signInUrlFor } from "./sign-in-form";

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("parseSignInForm", () => {
  it("accepts an email and a password, normalising the email", () => {
    const result = parseSignInForm(form({ email: "  Buyer@Example.com ", password: "hybrid-demo", next: "/cart" }));
    expect(result).toEqual({
      ok: true,
      data: { email: "buyer@example.com", password: "hybrid-demo" },
      next: "/cart",
    });
  });

  it("names both missing fields", () => {
    const result = parseSignInForm(form({}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.email).toBe("Enter your email address.");
    expect(result.errors.password).toBe("Enter your password.");
  });

  it("rejects a malformed email and keeps what was typed for the re-rendered form", () => {
    const result = parseSignInForm(form({ email: "buyer-at-example", password: "x" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ email: "Enter a valid email address, like name@company.com." });
    expect(result.email).toBe("buyer-at-example");
  });

  it("does not keep the password after a failed submission", () => {
    const result = parseSignInForm(form({ email: "nope", password: "secret-password" }));
    expect(JSON.stringify(result)).not.toContain("secret-password");
  });

  it("treats a file upload in place of a field as missing", () => {
    const result = parseSignInForm(form({ email: new Blob(["x"]), password: "x" }));
    expect(result.ok).toBe(false);
  });

  it("rejects oversized input", () => {
    const result = parseSignInForm(form({ email: `${"a".repeat(250)}@example.com`, password: "p".repeat(300) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.email).toMatch(/too long/);
    expect(result.errors.password).toMatch(/too long/);
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/products/colombia-huila?quantity=10", "/products/colombia-huila?quantity=10"],
    ["/cart", "/cart"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/sign-in?next=/cart", "/"],
    ["/sign-out", "/"],
    ["/\t/evil.example", "/"],
    ["", "/"],
  ])("%j -> %j", (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it("ignores non-strings", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(42)).toBe("/");
  });
});

describe("signInUrlFor", () => {
  it("carries the requested page in ?next=", () => {
    expect(signInUrlFor(new URL("http://localhost:4322/products/colombia-huila?q=1"))).toBe(
      "/sign-in?next=%2Fproducts%2Fcolombia-huila%3Fq%3D1",
    );
  });

  it("omits ?next= for the home page", () => {
    expect(signInUrlFor(new URL("http://localhost:4322/"))).toBe("/sign-in");
  });
});
