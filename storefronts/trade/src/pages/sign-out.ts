import { siteCookies } from "@hybrid/storefront-kit";
import type { APIRoute } from "astro";
import { backend } from "../backend";
import { signOut } from "../features/session/sign-out";

/**
 * Ends the session: the backend revokes the token (it stops working everywhere at once), the
 * session and cart cookies go, and the browser lands on the sign-in page.
 */
export const POST: APIRoute = async ({ cookies, url, redirect }) => {
  await signOut(backend, cookies, url);
  siteCookies("trade", cookies, url).cart.clear();
  return redirect("/sign-in?signed-out", 303);
};

/** Signing out changes state, so it is POST only; a typed-in /sign-out goes somewhere useful. */
export const GET: APIRoute = ({ locals, redirect }) => redirect(locals.buyer ? "/" : "/sign-in", 303);
