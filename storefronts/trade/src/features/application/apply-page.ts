/**
 * The trade application page's POST (`/apply`, public): parse, send, and either the redirect to
 * "received" or the errors next to their fields with what was typed (never the passwords).
 */
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { formValues, type FieldErrors } from "../company/forms";
import { submitApplication } from "./application";
import { APPLICATION_FIELDS, parseApplicationForm, type ApplicationField } from "./application-form";

export type ApplyPost =
  | { kind: "done"; location: string }
  | {
      kind: "failed";
      status: number;
      errors: FieldErrors<ApplicationField | "general">;
      values: Record<string, string>;
    };

/** `currencies`: the codes the form offers (the shop's regions). */
export async function handleApplyPost(
  client: Pick<StorefrontClient, "request">,
  form: FormData,
  currencies: readonly string[],
): Promise<ApplyPost> {
  const parsed = parseApplicationForm(form, currencies);
  if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: parsed.values };
  const outcome = await submitApplication(client, parsed.data);
  if (outcome.ok) return { kind: "done", location: "/apply/received" };
  return {
    kind: "failed",
    status: outcome.status,
    errors: outcome.errors,
    values: formValues(form, APPLICATION_FIELDS),
  };
}
