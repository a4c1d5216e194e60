import { BackendRequestError } from "@hybrid/storefront-kit";
import { formData } from "@hybrid/storefront-kit/testing.ts";
import { createFormThrottle, FORM_THROTTLE_DEFAULTS } from "@hybrid/storefront-kit/throttle.ts";
import { describe, expect, it, vi } from "vitest";
import { handleAddressPost, handleDeletePost, handleProfilePost } from "./account-pages";
import { parseAddressForm } from "./address-form";
import { orderStatusLabel, reorderLines, shipmentsOf } from "./orders";
import { parseProfileForm } from "./profile-form";
import { handleSignInPost, WRONG_CREDENTIALS } from "./sign-in-page";
import { parseSignUpForm } from "./sign-up-form";

const visitor = () => ({ ip: "203.0.113.7", throttle: createFormThrottle(FORM_THROTTLE_DEFAULTS.signIn) });

describe("sign-up form", () => {
  it("names every wrong field and keeps the values (never the password)", () => {
    const parsed = parseSignUpForm(
      formData({ first_name: " ", last_name: "Neu", email: "nope", password: "short", next: "//evil.example" }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(["email", "first_name", "password"]);
    expect(parsed.values).toEqual({ first_name: " ", last_name: "Neu", email: "nope", marketing_consent: false });
    expect(parsed.next).toBe("/");
  });

  it("lower-cases the email and reads the consent box", () => {
    const parsed = parseSignUpForm(
      formData({
        first_name: "Nina",
        last_name: "Neu",
        email: " Nina@Home.Example ",
        password: "long-enough",
        marketing_consent: "yes",
        next: "/account/orders",
      }),
    );
    expect(parsed).toMatchObject({
      ok: true,
      next: "/account/orders",
      data: { email: "nina@home.example", marketing_consent: true },
    });
  });
});

describe("sign-in page", () => {
  it("answers 401 without saying which of email or password was wrong, and 400 naming a missing field", async () => {
    const login = vi.fn().mockRejectedValue(new BackendRequestError("Invalid email or password", 401));
    const wrong = await handleSignInPost(
      { auth: { login } },
      formData({ email: "a@b.example", password: "x" }),
      "/",
      visitor(),
    );
    expect(wrong).toMatchObject({ kind: "failed", status: 401, refusal: WRONG_CREDENTIALS, email: "a@b.example" });
    const missing = await handleSignInPost({ auth: { login } }, formData({ email: "a@b.example" }), "/", visitor());
    expect(missing).toMatchObject({ kind: "failed", status: 400, fieldErrors: { password: "Enter your password." } });
  });

  it("locks after five wrong passwords for the account: the right one is refused too (429)", async () => {
    const v = visitor();
    const login = vi.fn().mockRejectedValue(new BackendRequestError("Invalid", 401));
    for (let i = 0; i < 5; i++)
      await handleSignInPost({ auth: { login } }, formData({ email: "a@b.example", password: "x" }), "/", v);
    login.mockResolvedValue("a.b.c");
    const locked = await handleSignInPost(
      { auth: { login } },
      formData({ email: "a@b.example", password: "right" }),
      "/",
      v,
    );
    expect(locked).toMatchObject({ kind: "failed", status: 429 });
  });

  it("signs in and goes to a safe next path only", async () => {
    const login = vi.fn().mockResolvedValue("a.b.c");
    const ok = await handleSignInPost(
      { auth: { login } },
      formData({ email: "a@b.example", password: "x", next: "https://evil.example/" }),
      "/",
      visitor(),
    );
    expect(ok).toEqual({ kind: "signed-in", token: "a.b.c", location: "/" });
  });
});

describe("profile and address forms", () => {
  it("refuses a phone with letters, naming the field", () => {
    const parsed = parseProfileForm(formData({ first_name: "A", last_name: "B", phone: "call me" }));
    expect(parsed).toMatchObject({ ok: false, errors: { phone: expect.stringContaining("phone number") } });
  });

  it("saves the profile with the consent, or shows the backend's refusal", async () => {
    const account = { updateProfile: vi.fn().mockResolvedValue({}), requestVerification: vi.fn() };
    expect(
      await handleProfilePost(
        account,
        "t",
        formData({ first_name: "A", last_name: "B", phone: "", marketing_consent: "yes" }),
      ),
    ).toEqual({ kind: "saved" });
    expect(account.updateProfile).toHaveBeenCalledWith("t", {
      first_name: "A",
      last_name: "B",
      phone: null,
      marketing_consent: true,
    });
    expect(await handleProfilePost(account, "t", formData({ intent: "resend-verification" }))).toEqual({
      kind: "verification-sent",
    });
  });

  it("checks the address like checkout does (postal code per country) and keeps the default flags", () => {
    const bad = parseAddressForm(
      formData({
        first_name: "A",
        last_name: "B",
        address_1: "S 1",
        city: "Berlin",
        postal_code: "1",
        country_code: "de",
        is_default_shipping: "yes",
      }),
      ["de"],
    );
    expect(bad).toMatchObject({
      ok: false,
      errors: { postal_code: expect.stringContaining("10115") },
      values: { is_default_shipping: true },
    });
    const good = parseAddressForm(
      formData({
        first_name: "A",
        last_name: "B",
        address_1: "S 1",
        city: "Berlin",
        postal_code: "10115",
        country_code: "de",
      }),
      ["de"],
    );
    expect(good).toMatchObject({
      ok: true,
      data: { postal_code: "10115", country_code: "de", is_default_billing: false },
    });
  });

  it("deletes or makes default by intent, without validating the form", async () => {
    const account = { addAddress: vi.fn(), updateAddress: vi.fn(), deleteAddress: vi.fn() };
    expect(
      await handleAddressPost(account, "t", formData({ intent: "delete" }), {
        countries: ["de"],
        addressId: "cuaddr_1",
      }),
    ).toEqual({ kind: "done", location: "/account/addresses?deleted" });
    expect(account.deleteAddress).toHaveBeenCalledWith("t", "cuaddr_1");
    await handleAddressPost(account, "t", formData({ intent: "default-billing" }), {
      countries: ["de"],
      addressId: "cuaddr_1",
    });
    expect(account.updateAddress).toHaveBeenCalledWith("t", "cuaddr_1", { is_default_billing: true });
  });
});

describe("account deletion page", () => {
  it("needs the password and the confirmation box; a wrong password is said plainly", async () => {
    const account = {
      deleteAccount: vi.fn().mockRejectedValue(new BackendRequestError("password: that is not your password", 400)),
    };
    expect(await handleDeletePost(account, "t", formData({ password: "" }))).toMatchObject({ status: 400 });
    expect(await handleDeletePost(account, "t", formData({ password: "x" }))).toMatchObject({
      error: expect.stringContaining("Tick the box"),
    });
    expect(await handleDeletePost(account, "t", formData({ password: "x", confirm: "yes" }))).toEqual({
      kind: "failed",
      status: 400,
      error: "That is not your password.",
    });
  });
});

describe("order history", () => {
  it("names the status and lists shipments with safe tracking links", () => {
    expect(orderStatusLabel({ status: "pending", fulfillment_status: "shipped" } as never)).toBe("Shipped");
    expect(orderStatusLabel({ status: "canceled", fulfillment_status: "shipped" } as never)).toBe("Canceled");
    const shipments = shipmentsOf({
      fulfillments: [
        {
          id: "ful_1",
          shipped_at: "2026-12-01T10:00:00Z",
          labels: [
            { tracking_number: "1Z", tracking_url: "javascript:alert(1)" },
            { tracking_number: "2Z", tracking_url: "https://track.example/2Z" },
          ],
        },
        { id: "ful_2", canceled_at: "2026-12-02T10:00:00Z" },
      ],
    });
    expect(shipments).toEqual([
      {
        id: "ful_1",
        shippedAt: "2026-12-01T10:00:00.000Z",
        deliveredAt: null,
        tracking: [
          { number: "1Z", url: null },
          { number: "2Z", url: "https://track.example/2Z" },
        ],
      },
    ]);
    expect(
      reorderLines({
        items: [
          { variant_id: "v1", quantity: 2 },
          { variant_id: null, quantity: 1 },
        ],
      } as never),
    ).toEqual([{ variantId: "v1", quantity: 2 }]);
  });
});

describe("password reset pages", () => {
  it("asks for a reset the same way for any well-formed email, and names a bad one", async () => {
    const { handleForgotPost } = await import("./password-reset-page");
    const auth = { requestPasswordReset: vi.fn().mockResolvedValue(undefined), resetPassword: vi.fn() };
    expect(await handleForgotPost({ auth }, formData({ email: " Who@Ever.Example " }), "203.0.113.7")).toEqual({
      kind: "sent",
      email: "who@ever.example",
    });
    expect(auth.requestPasswordReset).toHaveBeenCalledWith("who@ever.example", { forwardedFor: "203.0.113.7" });
    expect(await handleForgotPost({ auth }, formData({ email: "nope" }), "203.0.113.7")).toMatchObject({
      kind: "failed",
      status: 400,
    });
  });

  it("checks the new password before the backend, and explains a used link", async () => {
    const { handleResetPost } = await import("./password-reset-page");
    const auth = {
      requestPasswordReset: vi.fn(),
      resetPassword: vi
        .fn()
        .mockRejectedValue(new BackendRequestError("token: this reset link is invalid, already used or expired", 401)),
    };
    expect(await handleResetPost({ auth }, formData({ token: "t", password: "short" }), "ip")).toMatchObject({
      field: "password",
      status: 400,
    });
    expect(auth.resetPassword).not.toHaveBeenCalled();
    expect(await handleResetPost({ auth }, formData({ token: "t", password: "long-enough" }), "ip")).toEqual({
      kind: "failed",
      status: 401,
      field: "token",
      error: "This reset link is invalid, already used or expired",
    });
  });
});
