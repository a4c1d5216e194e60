import { safeLocalPath, siteCookies } from "@hybrid/storefront-kit";
import type { APIRoute } from "astro";

/**
 * Changes the country prices are calculated for (header form). Only countries of a configured
 * region are stored; the cart is repriced in the new region when it is next loaded.
 */
export const POST: APIRoute = async ({ request, cookies, url, locals, redirect }) => {
  const form = await request.formData().catch(() => new FormData());
  const country = form.get("country");
  const next = safeLocalPath(form.get("next"));
  if (typeof country === "string" && locals.countries.some((c) => c.code === country)) {
    siteCookies("trade", cookies, url).region.set(country);
    return redirect(next, 303);
  }
  return new Response("Choose one of the listed countries.", {
    status: 422,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};

export const GET: APIRoute = ({ redirect }) => redirect("/", 303);
