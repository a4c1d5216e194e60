/**
 * The quote forms (plain POSTs): "Request a quote" on the cart, and accept / reject / reply /
 * submit for approval / withdraw the approval request on a quote page (one `intent` each). They check the form of what was typed; the backend decides
 * whether the quote may be accepted, by whom, and whether the order can be placed.
 */
import { z } from "astro/zod";
import { optionalText, requiredText } from "../company/fields";
import { parseForm, textField, type FieldErrors } from "../company/forms";

export const MESSAGE_MAX = 2000;
const ID = /^[A-Za-z0-9_]{1,64}$/;

export const REQUEST_FIELDS = ["message"] as const;
const requestSchema = z.object({
  message: requiredText(
    MESSAGE_MAX,
    "Tell our sales team what you would like a quote for (quantities, delivery, timing).",
    "The message",
  ),
});

/** The cart's "Request a quote" form. */
export function parseQuoteRequest(form: FormData) {
  return parseForm(requestSchema, form, REQUEST_FIELDS);
}

export const ACCEPT_FIELDS = ["company_address_id", "po_number", "shipping_option_id"] as const;
export type AcceptField = (typeof ACCEPT_FIELDS)[number];
export const REJECT_FIELDS = ["reason"] as const;
/** "Submit for approval": the accept cart's address and PO number, and a note for the approver. */
export const APPROVAL_FIELDS = ["company_address_id", "po_number", "comment"] as const;
export type ApprovalField = (typeof APPROVAL_FIELDS)[number];
export const APPROVAL_COMMENT_MAX = 2000;
export const REPLY_FIELDS = ["body", "line_id"] as const;
export type ReplyField = (typeof REPLY_FIELDS)[number];

export type QuoteAction =
  | { intent: "accept"; body: { company_address_id: string; po_number?: string; shipping_option_id?: string } }
  | { intent: "reject"; body: { reason?: string } }
  | {
      intent: "submit-approval";
      body: { cart: { company_address_id: string; po_number?: string }; approval: { comment?: string } };
    }
  | { intent: "reply"; body: { body: string; line_id?: string } }
  /** "Withdraw approval request" while the accept cart waits for a decision: nothing typed. */
  | { intent: "withdraw-approval" };

export type QuoteForm = QuoteAction["intent"];

export type QuoteActionResult =
  | { ok: true; action: QuoteAction }
  | { ok: false; form: QuoteForm | "page"; errors: FieldErrors; values: Record<string, string> };

export interface QuoteFormContext {
  /** Company addresses that can receive a delivery. */
  addressIds: readonly string[];
  /** Delivery options the page offered ("" = the cheapest, chosen by the backend). */
  shippingOptionIds: readonly string[];
  poRequired: boolean;
  lineIds: readonly string[];
}

export function parseQuoteAction(form: FormData, context: QuoteFormContext): QuoteActionResult {
  const intent = textField(form, "intent");
  const addressField = z
    .string({ error: "Choose the delivery address." })
    .refine((id) => context.addressIds.includes(id), { error: "Choose one of your company's delivery addresses." });
  const poField = context.poRequired
    ? requiredText(64, "Your company requires a PO number on every order.", "The PO number")
    : optionalText(64, "The PO number");
  if (intent === "accept") {
    const schema = z.object({
      company_address_id: addressField,
      po_number: poField,
      shipping_option_id: z
        .string()
        .optional()
        .transform((id) => id?.trim() || undefined)
        .refine((id) => id === undefined || context.shippingOptionIds.includes(id), {
          error: "Choose one of the delivery options offered.",
        }),
    });
    const parsed = parseForm(schema, form, ACCEPT_FIELDS);
    if (!parsed.ok) return { ok: false, form: "accept", errors: parsed.errors, values: parsed.values };
    const { company_address_id, po_number, shipping_option_id } = parsed.data;
    return {
      ok: true,
      action: {
        intent,
        body: {
          company_address_id,
          ...(po_number ? { po_number } : {}),
          ...(shipping_option_id ? { shipping_option_id } : {}),
        },
      },
    };
  }
  if (intent === "submit-approval") {
    const schema = z.object({
      company_address_id: addressField,
      po_number: poField,
      comment: optionalText(APPROVAL_COMMENT_MAX, "The comment"),
    });
    const parsed = parseForm(schema, form, APPROVAL_FIELDS);
    if (!parsed.ok) return { ok: false, form: "submit-approval", errors: parsed.errors, values: parsed.values };
    const { company_address_id, po_number, comment } = parsed.data;
    return {
      ok: true,
      action: {
        intent,
        body: {
          cart: { company_address_id, ...(po_number ? { po_number } : {}) },
          approval: comment ? { comment } : {},
        },
      },
    };
  }
  if (intent === "withdraw-approval") return { ok: true, action: { intent } };
  if (intent === "reject") {
    const parsed = parseForm(z.object({ reason: optionalText(MESSAGE_MAX, "The reason") }), form, REJECT_FIELDS);
    if (!parsed.ok) return { ok: false, form: "reject", errors: parsed.errors, values: parsed.values };
    return { ok: true, action: { intent, body: parsed.data.reason ? { reason: parsed.data.reason } : {} } };
  }
  if (intent === "reply") {
    const schema = z.object({
      body: requiredText(MESSAGE_MAX, "Write your message.", "The message"),
      line_id: z
        .string()
        .optional()
        .transform((id) => id?.trim() || undefined)
        .refine((id) => id === undefined || (ID.test(id) && context.lineIds.includes(id)), {
          error: "Choose one of the quote's lines, or the whole quote.",
        }),
    });
    const parsed = parseForm(schema, form, REPLY_FIELDS);
    if (!parsed.ok) return { ok: false, form: "reply", errors: parsed.errors, values: parsed.values };
    return {
      ok: true,
      action: {
        intent,
        body: { body: parsed.data.body, ...(parsed.data.line_id ? { line_id: parsed.data.line_id } : {}) },
      },
    };
  }
  return { ok: false, form: "page", errors: { general: "Unknown action." }, values: {} };
}

/** The notice after a successful action (`?done=`), by intent. */
export const QUOTE_NOTICES: Record<string, string> = {
  requested:
    "Your quote request was sent. Our sales team will answer here and by email. Your cart is empty again for your next order.",
  accepted: "You accepted the offer and the order was placed.",
  rejected: "You rejected the offer. We have let our sales team know.",
  reply: "Your message was sent.",
  "approval-submitted":
    "The order was submitted for approval. An approver in your company decides in Approvals; we will email you the decision. Once it is approved, come back here to accept the offer.",
  "approval-withdrawn":
    "The approval request was withdrawn. Submit the order for approval again when you are ready (you can change the address and PO number), or reply to our sales team if the offer should change.",
};

/** Field ids on the quote page (`accept-po_number`): several forms share field names. */
export function quoteFieldId(form: QuoteForm, field: string): string {
  return `${form}-${field}`;
}
