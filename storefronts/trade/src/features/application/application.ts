/** Sending a trade application (`POST /store/trade-applications`, no sign-in needed). */
import { isBackendRequestError, type StorefrontClient } from "@hybrid/storefront-kit";
import { backendFieldError, type FieldErrors } from "../company/forms";
import {
  APPLICATION_ALIASES,
  APPLICATION_FIELDS,
  type ApplicationField,
  type ApplicationRequest,
} from "./application-form";

export type ApplicationOutcome =
  | { ok: true }
  | { ok: false; status: number; errors: FieldErrors<ApplicationField | "general"> };

/**
 * Submits the application. The backend answers every valid application alike (202), whether or
 * not the email already has an account (its owner is told by email), so the page cannot tell
 * either. A 400 goes next to the field it names; too many applications (429) to the whole form;
 * "backend unavailable" propagates (the 503 page).
 */
export async function submitApplication(
  client: Pick<StorefrontClient, "request">,
  body: ApplicationRequest,
  forwardedFor?: string,
): Promise<ApplicationOutcome> {
  try {
    await client.request<{ application: { status: string } }>("/store/trade-applications", {
      method: "POST",
      body,
      ...(forwardedFor ? { forwardedFor } : {}),
    });
    return { ok: true };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    if (error.status === 429) return { ok: false, status: 429, errors: { general: error.message } };
    const { field, message } = backendFieldError(error.message, APPLICATION_FIELDS, APPLICATION_ALIASES);
    return { ok: false, status: error.status === 400 ? 400 : 422, errors: { [field]: message } };
  }
}
