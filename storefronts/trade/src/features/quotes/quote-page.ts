/**
 * The quote page (`/quotes/[id]`): what it loads (the quote, who may answer the offer, the accept
 * form's addresses and delivery options, whether the order needs the company's approval) and its
 * POSTs (accept, reject, submit for approval, withdraw that request, reply). Each POST either
 * redirects back with a notice (303) or returns the failure for the form it came from, with the
 * approval state as the backend now sees it.
 */
import {
  formatMoney,
  isBackendRequestError,
  isNotFound,
  localeForCurrency,
  type StorefrontClient,
} from "@hybrid/storefront-kit";
import type { AstroCookies } from "astro";
import { shippingAddresses } from "../addresses/address-form";
import { listAddresses } from "../addresses/addresses";
import { submitForApproval, withdrawApproval } from "../approvals/approvals";
import { companyAccess, type CompanyAccess } from "../company/access";
import { backendFieldError, type FieldErrors } from "../company/forms";
import type { CompanyAddress, EmployeeRole } from "../company/types";
import { mayAnswerOffer, quoteDeliveryOptions, type DeliveryChoice } from "./accept";
import {
  approvalWithdrawal,
  loadQuoteApproval,
  stateAfterAcceptRefusal,
  withdrawalRefusalMessage,
  type QuoteApprovalState,
} from "./approval";
import { ACCEPT_FIELDS, APPROVAL_FIELDS, parseQuoteAction, type QuoteForm } from "./quote-forms";
import { acceptQuote, createAcceptCart, getQuote, postQuoteMessage, rejectQuote } from "./quotes";
import { isOpenOffer, quoteStatusLabel } from "./status";
import type { Quote } from "./types";

type Client = Pick<StorefrontClient, "request" | "carts" | "checkout">;

/** The signed-in buyer looking at the page (the cart cookie points at their open cart). */
export interface QuoteViewer {
  token: string;
  customerId: string;
  cookies: AstroCookies;
  url: URL;
}

export interface QuotePageData {
  access: CompanyAccess;
  /** Null when the buyer has no access (the page shows why instead). */
  quote: Quote | null;
  role: EmployeeRole;
  /** An offer waiting for an answer. */
  open: boolean;
  /** The buyer may accept or reject it: its requester or a company administrator. */
  mayAnswer: boolean;
  money: (amount: number) => string;
  addresses: CompanyAddress[];
  deliveryOptions: DeliveryChoice[];
  /** Whether the order needs the company's approval first ("none" when the offer cannot be answered). */
  approval: QuoteApprovalState;
  poRequired: boolean;
}

const QUOTE_ID = /^[A-Za-z0-9_]{1,64}$/;

/** Everything the page shows; not-found for an id that is malformed, unknown or not the buyer's company's. */
export async function loadQuotePage(
  client: Client,
  viewer: QuoteViewer,
  id: string,
): Promise<{ kind: "not-found" } | ({ kind: "ok" } & QuotePageData)> {
  const access = await companyAccess(client, viewer.token);
  if (access.kind === "ok" && !QUOTE_ID.test(id)) return { kind: "not-found" };

  let quote: Quote | null = null;
  if (access.kind === "ok") {
    try {
      quote = await getQuote(client, viewer.token, id);
    } catch (error) {
      if (isNotFound(error)) return { kind: "not-found" };
      throw error;
    }
  }

  const role = access.kind === "ok" ? access.role : "viewer";
  const open = quote ? isOpenOffer(quote) : false;
  const mayAnswer = quote ? open && mayAnswerOffer(quote, { customerId: viewer.customerId, role }) : false;
  const currency = quote?.currency_code ?? "eur";
  const money = (amount: number) => formatMoney(amount, currency, localeForCurrency(currency));
  const page: QuotePageData = {
    access,
    quote,
    role,
    open,
    mayAnswer,
    money,
    addresses: [],
    deliveryOptions: [],
    approval: { kind: "none" },
    poRequired: access.kind === "ok" ? access.me.company.po_required : false,
  };
  if (quote && mayAnswer) {
    [page.addresses, page.deliveryOptions, page.approval] = await Promise.all([
      listAddresses(client, viewer.token).then(shippingAddresses),
      quoteDeliveryOptions(client, {
        cookies: viewer.cookies,
        url: viewer.url,
        token: viewer.token,
        buyerId: viewer.customerId,
        regionId: quote.region_id,
      }),
      loadQuoteApproval(client, viewer.token, quote, approvalContext(page)),
    ]);
  }
  return { kind: "ok", ...page };
}

function approvalContext(page: QuotePageData) {
  return {
    open: page.open,
    mayAnswer: page.mayAnswer,
    role: page.access.kind === "ok" ? page.access.role : null,
    money: page.money,
  };
}

export type QuoteFailure = { form: QuoteForm | "page"; errors: FieldErrors; values: Record<string, string> };

export type QuotePost =
  | { kind: "done"; location: string }
  /** The quote is gone or no longer the buyer's: the page answers 404. */
  | { kind: "not-found" }
  | { kind: "failed"; status: number; failure: QuoteFailure; approval: QuoteApprovalState };

/** The page's POST. `page` is what `loadQuotePage` returned for this quote. */
export async function handleQuotePost(
  client: Client,
  viewer: Pick<QuoteViewer, "token" | "customerId">,
  form: FormData,
  page: QuotePageData & { quote: Quote },
): Promise<QuotePost> {
  const { token } = viewer;
  const { quote, open, mayAnswer } = page;
  let { approval } = page;
  const intent = form.get("intent");
  const answering =
    intent === "accept" || intent === "reject" || intent === "submit-approval" || intent === "withdraw-approval";
  const verb = intent === "submit-approval" ? "submitted for approval" : `${intent}ed`;
  const parsed: ReturnType<typeof parseQuoteAction> =
    answering && !mayAnswer
      ? {
          ok: false,
          form: "page",
          errors: {
            general: open
              ? "Only the person who requested this quote or a company administrator can answer the offer."
              : intent === "withdraw-approval"
                ? `The approval request cannot be withdrawn here: the quote is ${quoteStatusLabel(quote.status).toLowerCase()}.`
                : `This offer cannot be ${verb}: the quote is ${quoteStatusLabel(quote.status).toLowerCase()}.`,
          },
          values: {},
        }
      : parseQuoteAction(form, {
          addressIds: page.addresses.map((a) => a.id),
          shippingOptionIds: page.deliveryOptions.map((o) => o.id),
          poRequired: page.poRequired,
          lineIds: quote.lines.map((l) => l.id),
        });
  if (!parsed.ok)
    return { kind: "failed", status: parsed.form === "page" && answering ? 409 : 400, failure: parsed, approval };

  const self = `/quotes/${encodeURIComponent(quote.id)}`;
  if (parsed.action.intent === "withdraw-approval") {
    // Only the submitter's pending request; the backend checks again (409 decided meanwhile, 404 not the cart's owner).
    const target = approvalWithdrawal(approval, { acceptCartId: quote.accept_cart_id, customerId: viewer.customerId });
    try {
      if (target.ok) {
        await withdrawApproval(client, token, target.cartId);
        return { kind: "done", location: `${self}?done=approval-withdrawn` };
      }
      return {
        kind: "failed",
        status: target.status,
        failure: { form: "withdraw-approval", errors: { general: target.message }, values: {} },
        approval,
      };
    } catch (error) {
      if (!isBackendRequestError(error) && !isNotFound(error)) throw error;
      const status = isBackendRequestError(error) ? error.status : 404;
      // Show what the backend now says (an approver may have decided a moment ago).
      approval = await loadQuoteApproval(client, token, quote, approvalContext(page));
      // A 404 here means "not your cart", not "no such quote": the page stays, and says who can withdraw.
      return {
        kind: "failed",
        status: status === 404 ? 403 : status,
        failure: {
          form: "withdraw-approval",
          errors: { general: withdrawalRefusalMessage({ status, message: error.message }) },
          values: {},
        },
        approval,
      };
    }
  }

  const { action } = parsed;
  try {
    if (action.intent === "accept") {
      await acceptQuote(client, token, quote.id, action.body);
      return { kind: "done", location: `${self}?done=accepted` };
    }
    if (action.intent === "reject") {
      await rejectQuote(client, token, quote.id, action.body);
      return { kind: "done", location: `${self}?done=rejected` };
    }
    if (action.intent === "submit-approval") {
      // The backend prepares (or returns) the quote's accept cart; that cart goes to the approvers.
      const { cart_id } = await createAcceptCart(client, token, quote.id, action.body.cart);
      await submitForApproval(client, token, cart_id, action.body.approval);
      return { kind: "done", location: `${self}?done=approval-submitted` };
    }
    await postQuoteMessage(client, token, quote.id, action.body);
    return { kind: "done", location: `${self}?done=reply#conversation` };
  } catch (error) {
    if (!isBackendRequestError(error) && !isNotFound(error)) throw error;
    if (isNotFound(error) && !/address|option|line/i.test(error.message)) return { kind: "not-found" };
    const status = isBackendRequestError(error) ? error.status : 404;
    const values: Record<string, string> =
      action.intent === "accept"
        ? {
            company_address_id: action.body.company_address_id,
            po_number: action.body.po_number ?? "",
            shipping_option_id: action.body.shipping_option_id ?? "",
          }
        : action.intent === "submit-approval"
          ? {
              company_address_id: action.body.cart.company_address_id,
              po_number: action.body.cart.po_number ?? "",
              comment: action.body.approval.comment ?? "",
            }
          : action.intent === "reject"
            ? { reason: action.body.reason ?? "" }
            : { body: action.body.body, line_id: action.body.line_id ?? "" };
    const placed =
      action.intent === "accept"
        ? backendFieldError(error.message, ACCEPT_FIELDS, {
            address: "company_address_id",
            shipping: "shipping_option_id",
            po: "po_number",
          })
        : action.intent === "submit-approval"
          ? backendFieldError(error.message, APPROVAL_FIELDS, { address: "company_address_id", po: "po_number" })
          : { field: "general" as const, message: error.message };
    // The backend decides whether the order needs approval: believe its refusal over the estimate.
    if (action.intent === "accept") approval = stateAfterAcceptRefusal(approval, { status, message: error.message });
    return {
      kind: "failed",
      status,
      failure: { form: action.intent, errors: { [placed.field]: placed.message }, values },
      approval,
    };
  }
}
