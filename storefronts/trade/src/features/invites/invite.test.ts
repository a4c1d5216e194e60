import { BackendRequestError, NotFoundError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { acceptInvite, lookupInvite, parseAcceptForm } from "./invite";

const TOKEN = "ab".repeat(32);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("lookupInvite", () => {
  it("does not ask the backend about a malformed token", async () => {
    const request = vi.fn();
    await expect(lookupInvite({ request } as never, "not-a-token")).resolves.toEqual({ kind: "not-found" });
    await expect(lookupInvite({ request } as never, "../../admin")).resolves.toEqual({ kind: "not-found" });
    expect(request).not.toHaveBeenCalled();
  });

  it("maps 404 to not found and 410 to gone", async () => {
    const notFound = { request: async () => Promise.reject(new NotFoundError()) } as never;
    const gone = {
      request: async () => Promise.reject(new BackendRequestError("This invitation has expired", 410)),
    } as never;
    await expect(lookupInvite(notFound, TOKEN)).resolves.toEqual({ kind: "not-found" });
    await expect(lookupInvite(gone, TOKEN)).resolves.toEqual({ kind: "gone", message: "This invitation has expired" });
  });

  it("returns the invitation", async () => {
    const invite = {
      email: "bob@acme.example",
      role: "buyer",
      expires_at: "2026-03-10T00:00:00Z",
      company: { name: "Acme" },
    };
    const request = vi.fn(async () => ({ invite }));
    await expect(lookupInvite({ request } as never, TOKEN)).resolves.toEqual({ kind: "ok", invite });
    expect(request).toHaveBeenCalledWith(`/store/invites/${TOKEN}`);
  });
});

describe("parseAcceptForm", () => {
  it("needs a name, a password of 8+ characters, typed twice alike", () => {
    expect(
      parseAcceptForm(
        form({ first_name: "Bob", last_name: "Brew", password: "long enough", password_confirmation: "long enough" }),
      ),
    ).toEqual({
      ok: true,
      data: { first_name: "Bob", last_name: "Brew", password: "long enough" },
    });
    const result = parseAcceptForm(
      form({ first_name: "", last_name: "Brew", password: "long enough", password_confirmation: "different" }),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: { first_name: "Enter your first name.", password_confirmation: "The two passwords do not match." },
    });
    expect(JSON.stringify(result)).not.toContain("long enough");
  });
});

describe("acceptInvite", () => {
  it("posts the account details to the token's accept route", async () => {
    const request = vi.fn(async () => ({ customer: { id: "cus_1" } }));
    await expect(
      acceptInvite({ request } as never, TOKEN, { first_name: "Bob", last_name: "Brew", password: "long enough" }),
    ).resolves.toEqual({ ok: true });
    expect(request).toHaveBeenCalledWith(`/store/invites/${TOKEN}/accept`, {
      method: "POST",
      body: { first_name: "Bob", last_name: "Brew", password: "long enough" },
    });
  });

  it("reports an invitation used in the meantime as gone", async () => {
    const client = {
      request: async () => Promise.reject(new BackendRequestError("Invite already accepted", 410)),
    } as never;
    await expect(
      acceptInvite(client, TOKEN, { first_name: "B", last_name: "B", password: "long enough" }),
    ).resolves.toEqual({ ok: false, kind: "gone", message: "Invite already accepted" });
  });
});
