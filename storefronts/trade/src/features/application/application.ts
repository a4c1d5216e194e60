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
  | { ok: true; companyId: string }
  | { ok: false; status: number; errors: FieldErrors<ApplicationField | "general"> };

/**
 * Submits the application. A duplicate email (409) is put next to the applicant's email; a 400
 * next to the field it names; "backend unavailable" propagates (the 503 page).
 */
export async function submitApplication(
  client: Pick<StorefrontClient, "request">,
  body: ApplicationRequest,
): Promise<ApplicationOutcome> {
  try {
    const response = await client.request<{ application: { company_id: string; status: string } }>(
      "/store/trade-applications",
      {
        method: "POST",
        body,
      },
    );
    return { ok: true, companyId: response.application.company_id };
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    if (error.status === 409) {
      return {
        ok: false,
        status: 409,
        errors: {
          email: `An account for ${body.applicant.email} already exists. Sign in with it, or use another email address.`,
        },
      };
    }
    const { field, message } = backendFieldError(error.message, APPLICATION_FIELDS, APPLICATION_ALIASES);
    return { ok: false, status: error.status === 400 ? 400 : 422, errors: { [field]: message } };
  }
}
