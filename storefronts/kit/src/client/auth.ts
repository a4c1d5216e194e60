/** Customer sign-in. The JWT it returns is the caller's to keep (the client stores no user state). */
import { BackendRequestError } from "../errors";
import type { Transport } from "./transport";

export function authApi({ call }: Transport) {
  return {
    /**
     * Sign a customer in with email + password; returns the JWT to keep in the site's own
     * httpOnly session cookie. Wrong credentials -> BackendRequestError with status 401.
     */
    async login(email: string, password: string): Promise<string> {
      const result = await call((s) => s.auth.login("customer", "emailpass", { email, password }));
      if (typeof result !== "string") {
        throw new BackendRequestError("This sign-in method needs an extra step the storefront does not support", 401);
      }
      return result;
    },
    /** The `Authorization` header for a customer token, for callers building their own requests. */
    bearer(token: string): Record<string, string> {
      return { authorization: `Bearer ${token}` };
    },
  };
}
