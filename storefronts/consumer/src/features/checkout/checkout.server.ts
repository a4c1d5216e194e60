/** Loads the cart for a checkout step and applies the step guard. */
import type { HttpTypes } from "@medusajs/types";
import type { AstroGlobal } from "astro";
import { loadCart } from "../cart/cart.server";
import { guardStep, type StepId } from "./steps";

export type StepLoad = { kind: "ok"; cart: HttpTypes.StoreCart } | { kind: "redirect"; response: Response };

/**
 * The cart for `step`, or a redirect: an empty cart goes back to /cart with a message, a step
 * opened too early goes to the first unfinished step.
 */
export async function loadStep(Astro: AstroGlobal, step: StepId): Promise<StepLoad> {
  const cart = await loadCart(Astro);
  const guard = guardStep(cart, step);
  if (guard.allowed && cart) return { kind: "ok", cart };
  if (!guard.allowed && guard.reason === "step-incomplete")
    return { kind: "redirect", response: Astro.redirect(guard.redirectTo, 303) };
  return { kind: "redirect", response: Astro.redirect("/cart?notice=empty", 303) };
}
