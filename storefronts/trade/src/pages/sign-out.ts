import { siteCookies } from "@hybrid/storefront-kit";
import type { APIRoute } from "astro";
import { clearSessionToken } from "../features/session/session-cookie";

/** Ends the session: the session and cart cookies go, and the browser lands on the sign-in page. */
export const POST: APIRoute = ({ cookies, url, redirect }) => {
  clearSessionToken(cookies, url);
  siteCookies("trade", cookies, url).cart.clear();
  return redirect("/sign-in?signed-out", 303);
};

/** Signing out changes state, so it is POST only; a typed-in /sign-out goes somewhere useful. */
export const GET: APIRoute = ({ locals, redirect }) => redirect(locals.buyer ? "/" : "/sign-in", 303);
