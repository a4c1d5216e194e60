import { BackendUnavailableError } from "@hybrid/storefront-kit";
import { describe, expect, it, vi } from "vitest";
import { fakeCookies } from "../../test/fakes";
import { SESSION_COOKIE } from "./session-cookie";
import { signOut } from "./sign-out";

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl";
const url = new URL("http://localhost:4322/sign-out");

describe("signOut", () => {
  it("revokes the token on the backend, then clears the cookie", async () => {
    const { cookies, values } = fakeCookies({ [SESSION_COOKIE]: TOKEN });
    const client = { auth: { signOut: vi.fn(async () => undefined) } };
    expect(await signOut(client, cookies, url)).toEqual({ revoked: true });
    expect(client.auth.signOut).toHaveBeenCalledWith(TOKEN);
    expect(values.get(SESSION_COOKIE) ?? "").toBe("");
  });

  it("still clears the cookie when the backend cannot be reached", async () => {
    const { cookies, values } = fakeCookies({ [SESSION_COOKIE]: TOKEN });
    const client = { auth: { signOut: vi.fn(async () => Promise.reject(new BackendUnavailableError("down"))) } };
    expect(await signOut(client, cookies, url)).toEqual({ revoked: false });
    expect(values.get(SESSION_COOKIE) ?? "").toBe("");
  });

  it("asks nothing without a session", async () => {
    const client = { auth: { signOut: vi.fn(async () => undefined) } };
    expect(await signOut(client, fakeCookies({}).cookies, url)).toEqual({ revoked: false });
    expect(client.auth.signOut).not.toHaveBeenCalled();
  });
});
