import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it } from "vitest";
import { fakeRequestClient, formData, requestsMade } from "../../test/fakes";
import { handleInviteJoinPost, handleInvitePost } from "./invite-page";

const TOKEN = "ab".repeat(32);
const valid = { first_name: "Bob", last_name: "Brew", password: "long enough", password_confirmation: "long enough" };

describe("handleInvitePost", () => {
  it("creates the account and sends the invitee to sign in", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({});
    expect(await handleInvitePost(client, TOKEN, formData(valid))).toEqual({
      kind: "done",
      location: "/sign-in?account-created",
    });
    expect(requestsMade(client)).toEqual([["POST", `/store/invites/${TOKEN}/accept`]]);
  });

  it("answers 400 when the passwords differ, naming the confirmation, without echoing passwords", async () => {
    const client = fakeRequestClient();
    const result = await handleInvitePost(
      client,
      TOKEN,
      formData({ ...valid, password_confirmation: "something else" }),
    );
    expect(result).toEqual({
      kind: "failed",
      status: 400,
      errors: { password_confirmation: "The two passwords do not match." },
      values: { first_name: "Bob", last_name: "Brew" },
    });
    expect(client.request).not.toHaveBeenCalled();
  });

  it("is 'gone' when the invitation was used or withdrawn meanwhile", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("This invitation has already been used", 410));
    expect(await handleInvitePost(client, TOKEN, formData(valid))).toEqual({
      kind: "gone",
      message: "This invitation has already been used",
    });
    client.request.mockRejectedValue(new NotFoundError());
    expect(await handleInvitePost(client, TOKEN, formData(valid))).toEqual({
      kind: "gone",
      message: "This invitation does not exist.",
    });
  });

  it("puts the backend's refusal next to the field it names", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValue(new BackendRequestError("password is too common", 400));
    expect(await handleInvitePost(client, TOKEN, formData(valid))).toEqual({
      kind: "failed",
      status: 400,
      errors: { password: "password is too common" },
      values: { first_name: "Bob", last_name: "Brew" },
    });
  });
});

describe("handleInviteJoinPost (a signed-in person joins with the account they have)", () => {
  it("joins the company with the session and sends them to their company page", async () => {
    const client = fakeRequestClient();
    client.request.mockResolvedValue({ company: { id: "comp_2", name: "Bravo" } });
    expect(await handleInviteJoinPost(client, TOKEN, "a.b.c")).toEqual({
      kind: "done",
      location: "/account/company?joined=1",
    });
    expect(requestsMade(client)).toEqual([["POST", `/store/invites/${TOKEN}/join`]]);
    expect(client.request.mock.calls[0]?.[1]).toMatchObject({ token: "a.b.c" });
  });

  it("shows another person's invitation (403) and a second membership (409) with the backend's words; used is gone", async () => {
    const client = fakeRequestClient();
    client.request.mockRejectedValueOnce(
      new BackendRequestError("token: this invite was sent to another email address", 403),
    );
    expect(await handleInviteJoinPost(client, TOKEN, "t")).toEqual({
      kind: "failed",
      status: 403,
      message: "this invite was sent to another email address",
    });
    client.request.mockRejectedValueOnce(new BackendRequestError("token: you are already a member of Bravo", 409));
    expect(await handleInviteJoinPost(client, TOKEN, "t")).toMatchObject({ kind: "failed", status: 409 });
    client.request.mockRejectedValueOnce(new BackendRequestError("This invite has already been accepted", 410));
    expect(await handleInviteJoinPost(client, TOKEN, "t")).toEqual({
      kind: "gone",
      message: "This invite has already been accepted",
    });
  });
});
