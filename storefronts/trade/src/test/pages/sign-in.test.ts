import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../render";
import SignIn from "../../pages/sign-in.astro";
import { POST as regionPost } from "../../pages/region";

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

  // Issue 13, item 8: these went to `Location: //evil.example/phish` before the kit normalised first.
  const OFF_SITE_NEXT = ["/.//evil.example/phish", "/..//evil.example", "/a/..//evil.example", "/%2e%2e//evil.example"];

  it.each(OFF_SITE_NEXT)("sends a signed-in buyer with ?next=%s to a page of this site", async (next) => {
    const container = await AstroContainer.create();
    const signedIn = {
      ...anonymous,
      buyer: { id: "cus_1", email: "bob@acme.example", first_name: "Bob", last_name: null },
      sessionToken: "a.b.c",
    } as unknown as App.Locals;
    const response = await container.renderToResponse(SignIn, {
      request: new Request(`http://localhost:4322/sign-in?next=${encodeURIComponent(next)}`),
      locals: signedIn,
      partial: false,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });

  it.each(OFF_SITE_NEXT)("keeps ?next=%s out of the sign-in form's hidden field", async (next) => {
    const html = await render(`http://localhost:4322/sign-in?next=${encodeURIComponent(next)}`);
    expect(html).toContain('name="next" value="/"');
    expect(html).not.toContain("evil.example");
  });
});

describe("POST /region", () => {
  it.each(["/.//evil.example/phish", "/a/..//evil.example", "/\\evil.example", "https://evil.example"])(
    "goes back to this site when next is %j",
    async (next) => {
      const request = new Request("http://localhost:4322/region", {
        method: "POST",
        body: new URLSearchParams({ country: "de", next }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      const cookies = { get: () => undefined, set: () => {}, delete: () => {} };
      const response = await regionPost({
        request,
        cookies,
        url: new URL(request.url),
        locals: { countries: [{ code: "de" }] },
        redirect: (location: string, status: number) => new Response(null, { status, headers: { location } }),
      } as unknown as Parameters<typeof regionPost>[0]);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/");
    },
  );

  it("returns to a legitimate page with its query", async () => {
    const request = new Request("http://localhost:4322/region", {
      method: "POST",
      body: new URLSearchParams({ country: "de", next: "/products/colombia-huila?quantity=10" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    const cookies = { get: () => undefined, set: () => {}, delete: () => {} };
    const response = await regionPost({
      request,
      cookies,
      url: new URL(request.url),
      locals: { countries: [{ code: "de" }] },
      redirect: (location: string, status: number) => new Response(null, { status, headers: { location } }),
    } as unknown as Parameters<typeof regionPost>[0]);
    expect(response.headers.get("location")).toBe("/products/colombia-huila?quantity=10");
  });
});
