import { BackendRequestError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { fakeRequestClient, formData, requestsMade } from "../../test/fakes";
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
    client.request.mockResolvedValue({ application: { company_id: "comp_1", status: "pending" } });
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

  it("puts a taken email next to the email field (409), keeping the other values", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("Customer already exists", 409));
    const result = await handleApplyPost(client, formData(valid), ["eur"]);
    expect(result).toMatchObject({
      kind: "failed",
      status: 409,
      errors: { email: expect.stringContaining("An account for ada@acme.example already exists") },
      values: { company_name: "Acme Cafés GmbH", email: "ada@acme.example" },
    });
    expect(result.kind === "failed" && result.values).not.toHaveProperty("password");
  });
});
