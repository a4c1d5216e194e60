import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { fakeRequestClient, formData, requestsMade } from "../../test/fakes";
import { handleTeamPost } from "./team-page";

describe("handleTeamPost", () => {
  it("sends an invitation and comes back with 'invite'", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({});
    expect(
      await handleTeamPost(
        client,
        "tok",
        formData({ intent: "invite", email: "bob@acme.example", role: "buyer", spending_limit: "" }),
      ),
    ).toEqual({
      kind: "done",
      location: "/account/team?done=invite",
    });
    expect(requestsMade(client)).toEqual([["POST", "/store/companies/me/invites"]]);
  });

  it("answers 400 on the invite form naming a wrong role, sending nothing", async () => {
    const client = fakeRequestClient();
    expect(
      await handleTeamPost(client, "tok", formData({ intent: "invite", email: "bob@acme.example", role: "owner" })),
    ).toMatchObject({
      kind: "failed",
      status: 400,
      failure: { target: { kind: "invite" }, errors: { role: expect.stringContaining("Choose a role") } },
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("puts a refused invitation next to the field it names, keeping what was typed", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("email is already a member of a company", 409));
    expect(
      await handleTeamPost(
        client,
        "tok",
        formData({ intent: "invite", email: "bob@acme.example", role: "buyer", spending_limit: "" }),
      ),
    ).toMatchObject({
      status: 409,
      failure: {
        target: { kind: "invite" },
        errors: { email: "email is already a member of a company" },
        values: { email: "bob@acme.example", role: "buyer" },
      },
    });
  });

  it("is a 404 on the page when the invitation to revoke no longer exists", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new NotFoundError());
    expect(await handleTeamPost(client, "tok", formData({ intent: "revoke-invite", invite_id: "inv_1" }))).toEqual({
      kind: "failed",
      status: 404,
      failure: {
        ok: false,
        target: { kind: "page" },
        errors: { general: "That invitation no longer exists." },
        values: {},
      },
    });
  });
});
