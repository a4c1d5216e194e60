/**
 * Whether accepting an offer needs the company's approval first, and what the quote page shows
 * about it. Accepting places an order, so the company's approval rules apply to it like to any
 * cart: the backend refuses the accept (403) until an approver has approved the quote's "accept
 * cart" (`POST /store/quotes/:id/cart`, then the approvals plugin's `POST /store/carts/:id/approval`).
 *
 * Where the answer comes from:
 * - once the quote has an accept cart (`accept_cart_id`), the backend's own answer for that cart
 *   (`GET /store/carts/:id/approval`: requirement, latest request, still valid);
 * - before that, an estimate from the company's rules (`GET /store/approvals/settings`), the
 *   caller's role (the order would be theirs) and the offered net subtotal — the same rule the
 *   backend applies (plugins/approvals `evaluateApprovalRequirement`).
 * The backend stays the authority: a refused accept (403 naming the approval) turns the page to
 * "Approval needed" whatever this estimated. The states are the cart's (`CartApprovalState`).
 */
import { isBackendRequestError, isNotFound, type StorefrontClient } from "@hybrid/storefront-kit";
import { getApprovalSettings, getCartApproval } from "../approvals/approvals";
import { cartApprovalState, type CartApprovalState } from "../approvals/cart-state";
import type { ApprovalReason, ApprovalSettings, CartApproval } from "../approvals/types";
import { roleLabel } from "../company/roles";
import type { EmployeeRole } from "../company/types";

export type QuoteApprovalState = CartApprovalState;

/** Where the page asks: nothing to ask (offer closed, or the caller cannot accept), the accept cart, or the rules. */
export type QuoteApprovalSource = { kind: "skip" } | { kind: "cart"; cartId: string } | { kind: "rules" };

export function quoteApprovalSource(
  quote: { accept_cart_id: string | null },
  context: { open: boolean; mayAnswer: boolean },
): QuoteApprovalSource {
  if (!context.open || !context.mayAnswer) return { kind: "skip" };
  return quote.accept_cart_id ? { kind: "cart", cartId: quote.accept_cart_id } : { kind: "rules" };
}

type Money = (amount: number) => string;

/**
 * The company's rule applied to an order of `amount` (net goods value) by `role`: above the
 * threshold for the roles it applies to (strictly greater), or always for `always_roles`. No
 * settings or no role (no company) → never.
 */
export function estimateApprovalRequirement(input: {
  settings: Pick<ApprovalSettings, "amount_threshold" | "amount_applies_to" | "always_roles"> | null;
  role: EmployeeRole | null;
  amount: number;
  money: Money;
}): { required: boolean; reasons: ApprovalReason[] } {
  const { settings, role, amount, money } = input;
  if (!settings || !role) return { required: false, reasons: [] };
  const reasons: ApprovalReason[] = [];
  const people = `${roleLabel(role).toLowerCase()}s`;
  const threshold = settings.amount_threshold;
  if (
    threshold !== null &&
    Number.isFinite(threshold) &&
    settings.amount_applies_to.includes(role) &&
    amount > threshold
  ) {
    reasons.push({
      code: "amount",
      message: `The offer's value of ${money(amount)} (net) is above your company's approval limit of ${money(threshold)} for ${people}.`,
    });
  }
  if (settings.always_roles.includes(role)) {
    reasons.push({ code: "role", message: `Your company requires approval for every order placed by ${people}.` });
  }
  return { required: reasons.length > 0, reasons };
}

/**
 * The page's approval state: from the accept cart's approval when there is one (as on the cart
 * page), else from the estimate (nothing submitted yet: "needed" or "none").
 */
export function quoteApprovalState(input: {
  cart: CartApproval | null;
  estimate: { required: boolean; reasons: ApprovalReason[] } | null;
}): QuoteApprovalState {
  if (input.cart) return cartApprovalState(input.cart);
  if (input.estimate?.required) return { kind: "needed", because: "new", reasons: input.estimate.reasons, last: null };
  return { kind: "none" };
}

/** "Accept offer" is offered without approval rules, or with a valid approval. */
export const mayAcceptNow = (state: QuoteApprovalState): boolean => state.kind === "none" || state.kind === "approved";

/** A refused accept that is about approval (the approvals guard answers 403 "… approval …"). */
export function isApprovalRefusal(error: { status?: number; message: string }): boolean {
  return error.status === 403 && /approv/i.test(error.message);
}

/**
 * After the backend refused an accept because of approval, the page believes the backend: an
 * estimate of "none" or an approval the backend no longer takes (changed since) become "needed".
 * A pending request stays pending (the backend said "awaiting approval").
 */
export function stateAfterAcceptRefusal(
  state: QuoteApprovalState,
  error: { status?: number; message: string },
): QuoteApprovalState {
  if (!isApprovalRefusal(error)) return state;
  if (state.kind === "none") return { kind: "needed", because: "new", reasons: [], last: null };
  if (state.kind === "approved") return { kind: "needed", because: "changed", reasons: [], last: state.approval };
  return state;
}

/**
 * "Withdraw approval request" on the quote page: only while the accept cart's request is pending,
 * and only for the person who submitted it (the backend lets only the cart's owner withdraw and
 * answers 404 to anyone else). Either the cart to withdraw from, or why not (status and message).
 */
export function approvalWithdrawal(
  state: QuoteApprovalState,
  context: { acceptCartId: string | null; customerId: string },
): { ok: true; cartId: string } | { ok: false; status: 403 | 409; message: string } {
  if (state.kind !== "pending" || !context.acceptCartId) {
    return { ok: false, status: 409, message: "This order has no pending approval request to withdraw." };
  }
  if (state.approval.requested_by.customer_id !== context.customerId) {
    return { ok: false, status: 403, message: WITHDRAW_NOT_YOURS };
  }
  return { ok: true, cartId: context.acceptCartId };
}

const WITHDRAW_NOT_YOURS = "Only the person who submitted this approval request can withdraw it.";

/**
 * What to tell the buyer when the backend refused the withdrawal: its own message (409: nothing
 * pending, or an approver decided a moment ago), except for its 404 ("Cart id not found: …", the
 * answer to anyone but the cart's owner), which says who can withdraw instead.
 */
export function withdrawalRefusalMessage(error: { status: number; message: string }): string {
  if (error.status === 404) return WITHDRAW_NOT_YOURS;
  return error.message || "The approval request could not be withdrawn.";
}

/** Heading and sentence of the quote page's approval panel. */
export function quoteApprovalSummary(state: QuoteApprovalState): { title: string; message: string } {
  switch (state.kind) {
    case "none":
      return { title: "No approval needed", message: "Your company's rules do not require approval for this order." };
    case "pending":
      return {
        title: "Awaiting approval",
        message:
          "This order was submitted for approval. An approver in your company decides in Approvals; once it is approved, you can accept the offer here. We will email you the decision.",
      };
    case "approved":
      return { title: "Approved", message: "Your company approved this order: you can accept the offer." };
    case "needed":
      switch (state.because) {
        case "rejected":
          return {
            title: "Approval was rejected",
            message:
              "An approver rejected this order. Reply to our sales team if the offer should change, or submit it for approval again.",
          };
        case "changed":
          return {
            title: "Approval needed again",
            message: "The order changed since it was approved: submit it for approval again.",
          };
        case "withdrawn":
        case "new":
          return {
            title: "Approval needed",
            message:
              "Your company needs this order approved before the offer can be accepted. Submit it for approval: an approver in your company decides in Approvals, then you accept the offer here.",
          };
      }
  }
}

type Client = Pick<StorefrontClient, "request">;

/**
 * Asks the backend (see the module comment). Rules the caller cannot read (no company, route
 * missing: 404, 401, 403) count as none; the accept cart's approval that is not the caller's
 * (an administrator looking at the requester's accept cart) falls back to the estimate.
 */
export async function loadQuoteApproval(
  client: Client,
  token: string,
  quote: { accept_cart_id: string | null; totals: { subtotal: number } },
  context: { open: boolean; mayAnswer: boolean; role: EmployeeRole | null; money: Money },
): Promise<QuoteApprovalState> {
  const source = quoteApprovalSource(quote, context);
  if (source.kind === "skip") return { kind: "none" };
  if (source.kind === "cart") {
    const cart = await getCartApproval(client, token, source.cartId);
    if (cart) return quoteApprovalState({ cart, estimate: null });
  }
  let settings: ApprovalSettings | null = null;
  try {
    settings = await getApprovalSettings(client, token);
  } catch (error) {
    if (!isNotFound(error) && !(isBackendRequestError(error) && (error.status === 401 || error.status === 403)))
      throw error;
  }
  const estimate = estimateApprovalRequirement({
    settings,
    role: context.role,
    amount: quote.totals.subtotal,
    money: context.money,
  });
  return quoteApprovalState({ cart: null, estimate });
}
