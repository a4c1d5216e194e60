/**
 * Pages under /account need a signed-in customer: without one they redirect (303) to the sign-in
 * page, which brings the visitor back afterwards. The backend scopes every account call to the
 * token's customer; this only decides what the browser is shown.
 */
import type { AccountProfile } from "@hybrid/storefront-kit";
import { signInRedirect } from "./session.server";

export type AccountAccess =
  | { kind: "ok"; customer: AccountProfile; token: string }
  | { kind: "redirect"; response: Response };

export function requireAccount(astro: {
  locals: App.Locals;
  url: URL;
  redirect: (path: string, status?: 301 | 302 | 303 | 307 | 308) => Response;
}): AccountAccess {
  const { customer, sessionToken } = astro.locals;
  if (!customer || !sessionToken) return { kind: "redirect", response: astro.redirect(signInRedirect(astro.url), 303) };
  return { kind: "ok", customer, token: sessionToken };
}
