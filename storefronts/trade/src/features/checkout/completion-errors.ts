/**
 * Turns the backend's refusal to place an order into what the buyer reads: a heading saying what
 * happened, the backend's own message (it names the limit and what remains) and what to do next.
 */
export type CompletionProblem =
  | "prices-changed"
  | "spending-limit"
  | "credit-limit"
  | "po-number"
  | "stock"
  | "approval"
  | "quote"
  | "not-allowed"
  | "other";

export interface CompletionError {
  problem: CompletionProblem;
  title: string;
  message: string;
  hint: string | null;
}

export function describeCompletionError(message: string): CompletionError {
  const text = message.trim() || "Your order could not be placed.";
  if (/^prices changed/i.test(text)) {
    return {
      problem: "prices-changed",
      title: "Prices have changed",
      message: text,
      hint: "Update the prices, check the new total, then place the order.",
    };
  }
  if (/spending limit/i.test(text)) {
    return {
      problem: "spending-limit",
      title: "Over your spending limit",
      message: text,
      hint: "Make the order smaller, or ask one of your company's administrators to raise your limit.",
    };
  }
  if (/credit limit/i.test(text)) {
    return {
      problem: "credit-limit",
      title: "Over your company's credit limit",
      message: text,
      hint: "Choose “Pay now” instead, or ask your administrator to settle open invoices.",
    };
  }
  if (/po[_ ]?number|purchase order/i.test(text)) {
    return {
      problem: "po-number",
      title: "PO number needed",
      message: text,
      hint: "Go back to the details step and enter your PO number.",
    };
  }
  if (/approv/i.test(text)) {
    return {
      problem: "approval",
      title: "Approval needed",
      message: text,
      hint: "Go back to your cart to submit it for approval, or to see the approver's decision.",
    };
  }
  if (/\bquote\b/i.test(text)) {
    return {
      problem: "quote",
      title: "This order belongs to a quote",
      message: text,
      hint: "Orders at quoted prices are placed from the quote page.",
    };
  }
  if (/inventory|stock/i.test(text)) {
    return {
      problem: "stock",
      title: "Not enough stock",
      message: "Some items are no longer in stock in that quantity.",
      hint: "Update the quantities in your cart and try again.",
    };
  }
  if (/not allowed|viewer|cannot|suspended|currency/i.test(text)) {
    return { problem: "not-allowed", title: "This order cannot be placed", message: text, hint: null };
  }
  return { problem: "other", title: "Your order was not placed", message: text, hint: null };
}
