/**
 * The trade application page's POST (`/apply`, public): parse, send, and either the redirect to
 * "received" or the errors next to their fields with what was typed (never the passwords).
 */
import type { StorefrontClient } from "@hybrid/storefront-kit";
import { lockedMessage, throttled, type FormThrottle } from "@hybrid/storefront-kit/throttle.ts";
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

/**
 * `currencies`: the codes the form offers (the shop's regions). With a `visitor`, every valid
 * application counts against the applicant's email and the visitor's address (the site's
 * account-form throttle); while either is locked the answer is 429 and nothing is sent.
 */
export async function handleApplyPost(
  client: Pick<StorefrontClient, "request">,
  form: FormData,
  currencies: readonly string[],
  visitor?: { ip: string; throttle: FormThrottle },
): Promise<ApplyPost> {
  const parsed = parseApplicationForm(form, currencies);
  if (!parsed.ok) return { kind: "failed", status: 400, errors: parsed.errors, values: parsed.values };
  const send = () => submitApplication(client, parsed.data, visitor?.ip);
  const run = visitor
    ? await throttled(
        visitor.throttle,
        { account: parsed.data.applicant.email.toLowerCase(), ip: visitor.ip },
        send,
        (o) => (o.ok || o.status === 429 ? "counted" : "refund"),
      )
    : { result: await send() };
  if ("locked" in run) {
    return {
      kind: "failed",
      status: 429,
      errors: { general: lockedMessage(run.locked) },
      values: formValues(form, APPLICATION_FIELDS),
    };
  }
  const outcome = run.result;
  if (outcome.ok) return { kind: "done", location: "/apply/received" };
  return {
    kind: "failed",
    status: outcome.status,
    errors: outcome.errors,
    values: formValues(form, APPLICATION_FIELDS),
  };
}
