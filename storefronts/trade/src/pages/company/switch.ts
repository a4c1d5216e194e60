import type { APIRoute } from "astro";
import { backend } from "../../backend";
import { handleSwitchCompanyPost } from "../../features/company/switcher";
import { requireBuyer } from "../../features/session/require-buyer";

/**
 * The header's company switcher (a plain form: works without JavaScript). The backend keeps the
 * choice for the person, so every browser of theirs acts for the same company from now on.
 */
export const POST: APIRoute = async ({ request, cookies, url, locals, redirect }) => {
  const { token } = requireBuyer(locals);
  const form = await request.formData().catch(() => new FormData());
  const outcome = await handleSwitchCompanyPost(backend, token, form, { cookies, url });
  if (outcome.kind === "switched") return redirect(outcome.next, 303);
  return new Response(outcome.message, {
    status: outcome.status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};

export const GET: APIRoute = ({ redirect }) => redirect("/account/company", 303);
