/** Customer sign-in. The JWT it returns is the caller's to keep (the client stores no user state). */
import { BackendRequestError } from "../errors";
import { requestHeaders, type Transport } from "./transport";

export function authApi({ call }: Transport) {
  return {
    /**
     * Sign a customer in with email + password; returns the JWT to keep in the site's own
     * httpOnly session cookie. Wrong credentials -> BackendRequestError with status 401; too many
     * failures for the account or the visitor's address (`forwardedFor`) -> status 429.
     */
    async login(email: string, password: string, options: { forwardedFor?: string } = {}): Promise<string> {
      const result = await call((s) =>
        s.client.fetch<{ token?: unknown }>("/auth/customer/emailpass", {
          method: "POST",
          body: { email, password },
          headers: requestHeaders(options),
        }),
      ).then((answer) => answer.token);
      if (typeof result !== "string") {
        throw new BackendRequestError("This sign-in method needs an extra step the storefront does not support", 401);
      }
      return result;
    },
    /**
     * Revoke the token on the server (`POST /auth/sign-out`): from the answer on, every backend
     * route refuses it with 401, in every backend process. Call it when the visitor signs out,
     * before dropping the cookie. An already invalid token -> BackendRequestError 401.
     */
    async signOut(token: string): Promise<void> {
      await call((s) =>
        s.client.fetch("/auth/sign-out", { method: "POST", headers: { authorization: `Bearer ${token}` } }),
      );
    },
    /** The `Authorization` header for a customer token, for callers building their own requests. */
    bearer(token: string): Record<string, string> {
      return { authorization: `Bearer ${token}` };
    },
  };
}
