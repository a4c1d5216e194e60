import { describe, expect, it } from "vitest";
import { fakeRequestClient, formData, requestsMade } from "../../test/fakes";
import { FORM_THROTTLE_DEFAULTS, createFormThrottle } from "@hybrid/storefront-kit/throttle.ts";
import { handleApplyPost } from "./apply-page";

const valid = {
  company_name: "Acme Cafés GmbH",
  company_email: "ap@acme.example",
  currency_code: "eur",
  first_name: "Ada",
  last_name: "Roast",
  email: "ada@acme.example",
  password: "correct horse",
};

describe("handleApplyPost", () => {
  it("sends the application and goes to 'received'", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({ application: { status: "received" }, message: "Thank you." });
    expect(await handleApplyPost(client, formData(valid), ["eur", "usd"])).toEqual({
      kind: "done",
      location: "/apply/received",
    });
    expect(requestsMade(client)).toEqual([["POST", "/store/trade-applications"]]);
  });

  it("answers 400 naming the wrong fields, and never echoes the password", async () => {
    const client = fakeRequestClient();
    const result = await handleApplyPost(client, formData({ ...valid, company_name: "", password: "short" }), ["eur"]);
    expect(result).toMatchObject({
      kind: "failed",
      status: 400,
      errors: { company_name: expect.any(String), password: expect.stringContaining("8 characters") },
    });
    expect(result.kind === "failed" && result.values).not.toHaveProperty("password");
    expect(client.request).not.toHaveBeenCalled();
  });

  it("counts every valid application per email and address: the 6th for one email is 429 and not sent", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({ application: { status: "received" }, message: "Thank you." });
    const visitor = { ip: "203.0.113.7", throttle: createFormThrottle(FORM_THROTTLE_DEFAULTS.accountForm) };
    for (let i = 0; i < 5; i++) {
      expect(await handleApplyPost(client, formData(valid), ["eur"], visitor)).toMatchObject({ kind: "done" });
    }
    const locked = await handleApplyPost(client, formData({ ...valid, email: "ADA@acme.example" }), ["eur"], visitor);
    expect(locked).toMatchObject({
      kind: "failed",
      status: 429,
      errors: { general: expect.stringContaining("Too many attempts") },
    });
    expect(client.request).toHaveBeenCalledTimes(5);
    // Invalid forms cost nothing.
    const other = { ...visitor, throttle: createFormThrottle(FORM_THROTTLE_DEFAULTS.accountForm) };
    for (let i = 0; i < 10; i++)
      await handleApplyPost(client, formData({ ...valid, password: "short" }), ["eur"], other);
    expect(await handleApplyPost(client, formData(valid), ["eur"], other)).toMatchObject({ kind: "done" });
  });
});
