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

// Same-site checks (`//host`, backslashes, control characters, non-strings, ...) are the kit's
// safeLocalPath and tested there; these cases are what the sign-in page adds.
describe("safeNextPath", () => {
  it("keeps a path on this site, query included", () => {
    expect(safeNextPath("/products/colombia-huila?quantity=10")).toBe("/products/colombia-huila?quantity=10");
    expect(safeNextPath("/sign-in-help")).toBe("/sign-in-help");
  });

  it("never returns to the sign-in or sign-out page", () => {
    for (const loop of ["/sign-in", "/sign-in?next=/cart", "/sign-out", "/sign-out#now"])
      expect(safeNextPath(loop)).toBe("/");
  });

  it("refuses what the kit's safeLocalPath refuses", () => {
    expect(safeNextPath("//evil.example/x")).toBe("/");
    expect(safeNextPath("/.//evil.example/phish")).toBe("/");
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
