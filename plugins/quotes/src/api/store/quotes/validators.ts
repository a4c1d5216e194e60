import { z } from "@medusajs/framework/zod"
import { optionalId } from "@hybrid/plugin-kit/fields"
import { id, limit, MULTILINE, offset, optionalText, statusFilter, text } from "../../../lib/validators"

/** POST /store/quotes — ask for a quote on one's own open cart. */
export const StoreRequestQuote = z
  .object({
    cart_id: id("cart_id", "cart"),
    message: text("message", 2000, MULTILINE),
  })
  .strict()
export type StoreRequestQuoteType = z.infer<typeof StoreRequestQuote>

/** GET /store/quotes — newest first. */
export const StoreListQuotes = z.object({ status: statusFilter, limit, offset })
export type StoreListQuotesType = z.infer<typeof StoreListQuotes>

/** POST /store/quotes/:id/messages — a message in the thread, or a comment on one line. */
export const StorePostQuoteMessage = z
  .object({
    body: text("body", 5000, MULTILINE),
    line_id: optionalId("line_id"),
  })
  .strict()
export type StorePostQuoteMessageType = z.infer<typeof StorePostQuoteMessage>

/** POST /store/quotes/:id/reject */
export const StoreRejectQuote = z.object({ reason: optionalText("reason", 2000, MULTILINE) }).strict()
export type StoreRejectQuoteType = z.infer<typeof StoreRejectQuote>

/**
 * POST /store/quotes/:id/accept — strict: the lines and prices are the quote's, so a body naming
 * prices, items or anything else is refused (400 naming the field).
 */
export const StoreAcceptQuote = z
  .object({
    company_address_id: id("company_address_id"),
    po_number: optionalText("po_number", 100),
    shipping_option_id: optionalId("shipping_option_id", "so"),
  })
  .strict()
export type StoreAcceptQuoteType = z.infer<typeof StoreAcceptQuote>

/**
 * POST /store/quotes/:id/cart — the cart the quote will be ordered from (for the company's
 * approval before accepting). Strict like accept: lines and prices are the quote's.
 */
export const StorePrepareQuoteCart = z
  .object({
    company_address_id: id("company_address_id"),
    po_number: optionalText("po_number", 100),
  })
  .strict()
export type StorePrepareQuoteCartType = z.infer<typeof StorePrepareQuoteCart>
