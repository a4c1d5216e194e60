/**
 * The cart page's POSTs (`/cart`): change or remove a line, turn the cart into a quote request,
 * submit it for approval or withdraw that request. Each either redirects (303) with a notice or
 * returns the failure to show in the form it came from, with what the buyer typed.
 */
import { isBackendRequestError, isNotFound, siteCookies, type StorefrontClient } from "@hybrid/storefront-kit";
import { submitForApproval, withdrawApproval } from "../approvals/approvals";
import { isCartApprovalIntent, parseCartApprovalAction } from "../approvals/approval-forms";
import { MESSAGE_MAX, parseQuoteRequest } from "../quotes/quote-forms";
import { requestQuote } from "../quotes/quotes";
import { lineMessage } from "./bulk";
import { loadCart, removeLine, setLineQuantity, type CartScope } from "./cart";
import { parseCartAction } from "./cart-form";

export type CartPageScope = CartScope & { client: Pick<StorefrontClient, "carts" | "request"> };

/** A refused line change: shown on its line (or above the cart without one), with the quantity typed. */
export type LineFailure = { lineId?: string; message: string; quantity?: string };
/** A refused quote request or approval submit: shown in its own form, with what was typed. */
export type TypedFailure = { message: string; value: string };

export type CartPost =
  | { kind: "done"; location: string }
  | {
      kind: "failed";
      status: number;
      line: LineFailure | null;
      quote: TypedFailure | null;
      approval: TypedFailure | null;
    };

const EMPTY = { kind: "done", location: "/cart?empty=1" } as const;
const failed = (
  status: number,
  failure: Partial<Pick<Extract<CartPost, { kind: "failed" }>, "line" | "quote" | "approval">>,
): CartPost => ({
  kind: "failed",
  status,
  line: null,
  quote: null,
  approval: null,
  ...failure,
});

export async function handleCartPost(scope: CartPageScope, form: FormData): Promise<CartPost> {
  const intent = form.get("intent");
  if (intent === "request-quote") return requestQuoteFromCart(scope, form);
  if (isCartApprovalIntent(intent)) return cartApprovalAction(scope, form);
  return changeLine(scope, form);
}

async function requestQuoteFromCart(scope: CartPageScope, form: FormData): Promise<CartPost> {
  const typed = String(form.get("message") ?? "")
    .trim()
    .slice(0, MESSAGE_MAX + 100);
  const parsed = parseQuoteRequest(form);
  if (!parsed.ok)
    return failed(400, { quote: { message: parsed.errors.message ?? "Check your message.", value: typed } });
  const open = await loadCart(scope);
  if (!open?.items?.length) return EMPTY;
  try {
    const quote = await requestQuote(scope.client, scope.token, { cart_id: open.id, message: parsed.data.message });
    // The backend leaves the cart alone: forget it, like after an order, so the next order starts afresh.
    siteCookies("trade", scope.cookies, scope.url).cart.clear();
    return { kind: "done", location: `/quotes/${encodeURIComponent(quote.id)}?done=requested` };
  } catch (error) {
    if (!isBackendRequestError(error) && !isNotFound(error)) throw error;
    return failed(isBackendRequestError(error) ? error.status : 404, {
      quote: { message: error.message, value: typed },
    });
  }
}

async function cartApprovalAction(scope: CartPageScope, form: FormData): Promise<CartPost> {
  const parsed = parseCartApprovalAction(form);
  const typed = String(form.get("approval_comment") ?? "")
    .trim()
    .slice(0, 2100);
  if (!parsed.ok)
    return failed(400, {
      approval: { message: parsed.errors.approval_comment ?? "Check your comment.", value: typed },
    });
  const open = await loadCart(scope);
  if (!open?.items?.length) return EMPTY;
  try {
    if (parsed.action.intent === "submit-approval") {
      await submitForApproval(
        scope.client,
        scope.token,
        open.id,
        parsed.action.comment ? { comment: parsed.action.comment } : {},
      );
      return { kind: "done", location: "/cart?approval=submitted" };
    }
    await withdrawApproval(scope.client, scope.token, open.id);
    return { kind: "done", location: "/cart?approval=withdrawn" };
  } catch (error) {
    if (!isBackendRequestError(error) && !isNotFound(error)) throw error;
    return failed(isBackendRequestError(error) ? error.status : 404, {
      approval: { message: error.message, value: typed },
    });
  }
}

async function changeLine(scope: CartPageScope, form: FormData): Promise<CartPost> {
  const action = parseCartAction(form);
  const typed = form.get("quantity");
  const quantity = typeof typed === "string" ? typed.trim().slice(0, 12) : undefined;
  if (!action.ok) return failed(422, { line: { lineId: action.lineId, message: action.error, quantity } });
  try {
    const done =
      action.intent === "remove"
        ? await removeLine(scope, action.lineId)
        : (await setLineQuantity(scope, action.lineId, action.quantity)) !== null;
    if (done) return { kind: "done", location: `/cart?${action.intent === "remove" ? "removed" : "updated"}=1` };
    return failed(404, { line: { message: "That cart line no longer exists." } });
  } catch (error) {
    if (!isBackendRequestError(error)) throw error;
    return failed(error.status === 400 ? 400 : 409, {
      line: {
        lineId: action.lineId,
        message: lineMessage(error.message),
        quantity: action.intent === "update" ? quantity : undefined,
      },
    });
  }
}
