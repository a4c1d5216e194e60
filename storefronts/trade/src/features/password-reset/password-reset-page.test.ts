import { BackendRequestError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { handleForgotPost, handleResetPost } from "./password-reset-page";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const visitor = { ip: "203.0.113.7" };

function client(answers: { request?: () => Promise<void>; reset?: () => Promise<string> } = {}) {
  const calls: unknown[][] = [];
  return {
    calls,
    auth: {
      requestPasswordReset: async (...args: unknown[]) => {
        calls.push(["request", ...args]);
        return answers.request ? answers.request() : undefined;
      },
      resetPassword: async (...args: unknown[]) => {
        calls.push(["reset", ...args]);
        return answers.reset ? answers.reset() : "session-jwt";
      },
    },
  };
}

describe("forgot password form", () => {
  it("names the email field for bad input without asking the backend", async () => {
    const c = client();
    const result = await handleForgotPost(c, form({ email: "nope" }), visitor);
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      fieldErrors: { email: expect.stringContaining("valid email") },
    });
    expect(c.calls).toEqual([]);
  });

  it("asks the backend with the visitor's address and says the same for every email", async () => {
    const c = client();
    expect(await handleForgotPost(c, form({ email: " Rita@Example.com " }), visitor)).toEqual({
      kind: "sent",
      email: "rita@example.com",
    });
    expect(c.calls).toEqual([["request", "rita@example.com", { forwardedFor: "203.0.113.7" }]]);
  });

  it("explains the backend's lock (429)", async () => {
    const c = client({ request: () => Promise.reject(new BackendRequestError("Too many attempts", 429)) });
    expect(await handleForgotPost(c, form({ email: "a@b.example" }), visitor)).toMatchObject({ status: 429 });
  });
});

describe("reset password form", () => {
  it("names the fields: a short password, passwords that differ, a missing token", async () => {
    const c = client();
    const short = await handleResetPost(c, form({ token: "t", password: "short", password_confirm: "short" }), visitor);
    expect(short).toMatchObject({ status: 400, fieldErrors: { password: "Use at least 8 characters." } });
    const differ = await handleResetPost(
      c,
      form({ token: "t", password: "long-enough", password_confirm: "long-enougH" }),
      visitor,
    );
    expect(differ).toMatchObject({
      status: 400,
      fieldErrors: { password_confirm: "The two passwords are not the same." },
    });
    const noToken = await handleResetPost(
      c,
      form({ password: "long-enough", password_confirm: "long-enough" }),
      visitor,
    );
    expect(noToken).toMatchObject({ status: 400, linkInvalid: true });
    expect(c.calls).toEqual([]);
  });

  it("signs in with the session the backend returns", async () => {
    const c = client();
    const ok = await handleResetPost(
      c,
      form({ token: "reset-jwt", password: "long-enough", password_confirm: "long-enough" }),
      visitor,
    );
    expect(ok).toEqual({ kind: "signed-in", token: "session-jwt" });
    expect(c.calls).toEqual([["reset", "reset-jwt", "long-enough", { forwardedFor: "203.0.113.7" }]]);
  });

  it("a used or expired link asks for a new one", async () => {
    const c = client({
      reset: () =>
        Promise.reject(new BackendRequestError("token: this reset link is invalid, already used or expired.", 401)),
    });
    const used = await handleResetPost(
      c,
      form({ token: "old", password: "long-enough", password_confirm: "long-enough" }),
      visitor,
    );
    expect(used).toMatchObject({ kind: "failed", status: 401, linkInvalid: true, token: "old" });
  });
});
