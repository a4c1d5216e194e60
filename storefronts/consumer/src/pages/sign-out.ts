import type { APIRoute } from "astro";
import { backend } from "../lib/backend";
import { endSession } from "../features/account/session.server";

/**
 * Ends the session: the backend revokes the token (it stops working everywhere at once), the
 * session and cart cookies go (the cart stays with the account), and the browser lands on the
 * sign-in page.
 */
export const POST: APIRoute = async ({ cookies, url, redirect }) => {
  await endSession(backend, cookies, url);
  return redirect("/sign-in?signed-out", 303);
};

/** Signing out changes state, so it is POST only; a typed-in /sign-out goes somewhere useful. */
export const GET: APIRoute = ({ locals, redirect }) => redirect(locals.customer ? "/account" : "/sign-in", 303);
