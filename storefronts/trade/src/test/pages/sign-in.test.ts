import { describe, expect, it } from "vitest";
import { renderHtml } from "../render";
import SignIn from "../../pages/sign-in.astro";

const anonymous: App.Locals = { buyer: null, sessionToken: null, region: null, countries: [] };

async function render(url: string, init?: RequestInit) {
  return renderHtml(SignIn, { request: new Request(url, init), locals: anonymous, partial: false });
}

describe("sign-in page", () => {
  it("renders a labelled email + password form that posts back with ?next=", async () => {
    const html = await render("http://localhost:4322/sign-in?next=%2Fproducts%2Fcolombia-huila");
    expect(html).toMatch(/<label for="field-email">Email address/);
    expect(html).toMatch(/<input id="field-email" name="email" type="email"/);
    expect(html).toMatch(/<label for="field-password">Password/);
    expect(html).toContain('autocomplete="current-password"');
    expect(html).toMatch(/<form method="post" action="\/sign-in\?next=%2Fproducts%2Fcolombia-huila"/);
    expect(html).toContain('name="next" value="/products/colombia-huila"');
  });

  it("shows no price and no catalog navigation to an anonymous visitor", async () => {
    const html = await render("http://localhost:4322/sign-in");
    expect(html).not.toMatch(/€|\$\s?\d|net, excl/);
    expect(html).not.toContain('aria-label="Main"');
    expect(html).not.toContain("Sign out");
  });

  it("drops an off-site ?next= target", async () => {
    const html = await render("http://localhost:4322/sign-in?next=%2F%2Fevil.example%2F");
    expect(html).toContain('name="next" value="/"');
    expect(html).not.toContain("evil.example");
  });

  it("re-renders an invalid submission naming the fields, before asking the backend", async () => {
    const body = new URLSearchParams({ email: "not-an-email", password: "" });
    const html = await render("http://localhost:4322/sign-in", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Enter a valid email address");
    expect(html).toContain("Enter your password.");
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="not-an-email"');
  });
});
