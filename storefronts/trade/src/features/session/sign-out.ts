import type { CookieJar, StorefrontClient } from "@hybrid/storefront-kit";
import { clearSessionToken, readSessionToken } from "./session-cookie";

/**
 * Signs the visitor out: the backend revokes the session token (so a copy of the cookie opens
 * nothing any more), then the cookie is cleared. The cookie goes even when the backend cannot be
 * reached or already refuses the token: the visitor asked to be signed out of this browser.
 */
export async function signOut(
  client: { auth: Pick<StorefrontClient["auth"], "signOut"> },
  cookies: CookieJar,
  url: URL,
): Promise<{ revoked: boolean }> {
  const token = readSessionToken(cookies, url);
  let revoked = false;
  if (token) {
    try {
      await client.auth.signOut(token);
      revoked = true;
    } catch {
      revoked = false;
    }
  }
  clearSessionToken(cookies, url);
  return { revoked };
}
