import { BackendRequestError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { fakeRequestClient, formData } from "../../test/fakes";
import { FORM_THROTTLE_DEFAULTS, createFormThrottle } from "@hybrid/storefront-kit/throttle.ts";
import { handleSignInPost } from "./sign-in-page";

const account = (is_trade: boolean) => ({
  customer: { id: "cus_1", email: "bob@acme.example", first_name: "Bob", last_name: null },
  is_trade,
  groups: [],
});

function client() {
  return {
    ...fakeRequestClient(),
    auth: { login: vi.fn<(email: string, password: string, options?: { forwardedFor?: string }) => Promise<string>>() },
  };
}

describe("handleSignInPost", () => {
  it("signs a trade buyer in and goes to the posted next page", async () => {
    const c = client();
    c.auth.login.mockResolvedValue("a.b.c");
    c.request.mockResolvedValue(account(true));
    const result = await handleSignInPost(
      c,
      formData({ email: "Bob@Acme.example", password: "secret", next: "/quotes" }),
      "/",
    );
    expect(result).toEqual({ kind: "signed-in", location: "/quotes", token: "a.b.c" });
    expect(c.auth.login).toHaveBeenCalledWith("bob@acme.example", "secret");
  });

  it("never redirects off the site", async () => {
    const c = client();
    c.auth.login.mockResolvedValue("a.b.c");
    c.request.mockResolvedValue(account(true));
    expect(
      await handleSignInPost(
        c,
        formData({ email: "bob@acme.example", password: "secret", next: "//evil.example/" }),
        "/",
      ),
    ).toMatchObject({ location: "/" });
    for (const next of ["/.//evil.example/phish", "/..//evil.example", "/a/..//evil.example", "/%5cevil.example"]) {
      expect(
        await handleSignInPost(c, formData({ email: "bob@acme.example", password: "secret", next }), "/"),
      ).toMatchObject({ location: "/" });
    }
  });

  it("answers 400 naming the missing fields and keeps the email", async () => {
    const c = client();
    const result = await handleSignInPost(c, formData({ email: "bob@acme.example", password: "" }), "/");
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      email: "bob@acme.example",
      fieldErrors: { password: "Enter your password." },
      refusal: null,
    });
    expect(c.auth.login).not.toHaveBeenCalled();
  });

  it("answers 400 when the form could not be read, keeping the page's next", async () => {
    expect(await handleSignInPost(client(), null, "/cart")).toMatchObject({
      kind: "failed",
      status: 400,
      next: "/cart",
      refusal: "The form could not be read. Please try again.",
    });
  });

  it("answers 401 for wrong credentials without saying which half was wrong", async () => {
    const c = client();
    c.auth.login.mockRejectedValue(new BackendRequestError("Invalid email or password", 401));
    expect(await handleSignInPost(c, formData({ email: "bob@acme.example", password: "nope" }), "/")).toMatchObject({
      kind: "failed",
      status: 401,
      email: "bob@acme.example",
      refusal: "The email address or password is incorrect.",
    });
  });

  it("answers 403 for a consumer account, and explains a company that is not active yet", async () => {
    const c = client();
    c.auth.login.mockResolvedValue("a.b.c");
    c.request.mockImplementation(async (path: string) => {
      if (path === "/store/trade/me") return account(false);
      throw new BackendRequestError("No company", 403);
    });
    expect(await handleSignInPost(c, formData({ email: "bob@acme.example", password: "secret" }), "/")).toMatchObject({
      status: 403,
      refusal: "This account has no trade access.",
    });

    c.request.mockImplementation(async (path: string) =>
      path === "/store/trade/me"
        ? account(false)
        : {
            company: { id: "comp_1", name: "Acme Cafés", status: "pending" },
            employee: { id: "emp_1", role: "admin" },
          },
    );
    expect(await handleSignInPost(c, formData({ email: "bob@acme.example", password: "secret" }), "/")).toMatchObject({
      status: 403,
      refusal: null,
      standing: { name: "Acme Cafés", status: "pending" },
    });
  });
});

describe("handleSignInPost under the site's throttle", () => {
  const visitor = () => ({ ip: "203.0.113.9", throttle: createFormThrottle(FORM_THROTTLE_DEFAULTS.signIn) });

  it("after 5 wrong passwords answers 429 without asking the backend, even for the right password", async () => {
    const c = client();
    const v = visitor();
    c.auth.login.mockRejectedValue(new BackendRequestError("Invalid email or password", 401));
    for (let i = 0; i < 5; i++) {
      expect(
        await handleSignInPost(c, formData({ email: "bob@acme.example", password: "wrong" }), "/", v),
      ).toMatchObject({
        status: 401,
      });
    }
    expect(c.auth.login).toHaveBeenLastCalledWith("bob@acme.example", "wrong", { forwardedFor: "203.0.113.9" });
    c.auth.login.mockResolvedValue("a.b.c");
    c.request.mockResolvedValue(account(true));
    const locked = await handleSignInPost(c, formData({ email: "Bob@acme.example", password: "secret" }), "/", v);
    expect(locked).toMatchObject({
      kind: "failed",
      status: 429,
      retryAfterSeconds: 900,
      refusal: expect.stringContaining("Too many attempts"),
    });
    expect(c.auth.login).toHaveBeenCalledTimes(5);
  });

  it("shows the backend's lock (429) as a lock, not as wrong credentials", async () => {
    const c = client();
    c.auth.login.mockRejectedValue(new BackendRequestError("Too many attempts. Try again in 15 minutes.", 429));
    expect(
      await handleSignInPost(c, formData({ email: "bob@acme.example", password: "x" }), "/", visitor()),
    ).toMatchObject({
      status: 429,
      refusal: "Too many attempts. Try again in 15 minutes.",
    });
  });

  it("the right password resets the count", async () => {
    const c = client();
    const v = visitor();
    c.auth.login.mockRejectedValue(new BackendRequestError("Invalid email or password", 401));
    for (let i = 0; i < 4; i++)
      await handleSignInPost(c, formData({ email: "bob@acme.example", password: "x" }), "/", v);
    c.auth.login.mockResolvedValueOnce("a.b.c");
    c.request.mockResolvedValue(account(true));
    expect(
      await handleSignInPost(c, formData({ email: "bob@acme.example", password: "secret" }), "/", v),
    ).toMatchObject({
      kind: "signed-in",
    });
    for (let i = 0; i < 5; i++) {
      expect(await handleSignInPost(c, formData({ email: "bob@acme.example", password: "x" }), "/", v)).toMatchObject({
        status: 401,
      });
    }
  });
});
