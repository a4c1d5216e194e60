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
    /**
     * Ask for a password-reset email (`POST /store/password-reset`). The backend answers the same
     * for known and unknown emails, so this resolves alike; the email links to this site's
     * `/reset-password?token=…` page (the site is decided by the client's publishable key). A bad
     * email -> BackendRequestError 400 ("email: …"); too many requests for the email or the visitor's
     * address (`forwardedFor`) -> status 429.
     */
    async requestPasswordReset(email: string, options: { forwardedFor?: string } = {}): Promise<void> {
      await call((s) =>
        s.client.fetch("/store/password-reset", {
          method: "POST",
          body: { email },
          headers: requestHeaders(options),
        }),
      );
    },
    /**
     * Set a new password with the token from the reset link (`POST /store/password-reset/confirm`)
     * and return a fresh session JWT (keep it as after `login`: the person is signed in; every
     * earlier session of theirs now gets 401). A bad password -> BackendRequestError 400
     * ("password: …"); an invalid, used or expired link -> 401 ("token: …"); too many refused
     * links from the visitor's address -> 429. `resetErrorField` says which field an error names.
     */
    async resetPassword(token: string, password: string, options: { forwardedFor?: string } = {}): Promise<string> {
      const result = await call((s) =>
        s.client.fetch<{ token?: unknown }>("/store/password-reset/confirm", {
          method: "POST",
          body: { token, password },
          headers: requestHeaders(options),
        }),
      ).then((answer) => answer.token);
      if (typeof result !== "string") {
        throw new BackendRequestError("The password was changed, but no session came back: sign in", 401);
      }
      return result;
    },
    /** The `Authorization` header for a customer token, for callers building their own requests. */
    bearer(token: string): Record<string, string> {
      return { authorization: `Bearer ${token}` };
    },
  };
}

/**
 * The form field a password-reset error is about, read from the backend's message prefix
 * ("password: at least 8 characters", "token: this reset link is …"); undefined for anything else
 * (429, an unreachable backend).
 */
export function resetErrorField(error: unknown): "email" | "password" | "token" | undefined {
  if (!(error instanceof BackendRequestError) || error.status === 429) return undefined;
  const field = /^(email|password|token)\b/.exec(error.message)?.[1];
  return field as "email" | "password" | "token" | undefined;
}
