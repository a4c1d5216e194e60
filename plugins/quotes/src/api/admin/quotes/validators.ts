import { z } from "@medusajs/framework/zod"
import { amount, optionalId, quantity, searchText } from "@hybrid/plugin-kit/fields"
import {
  dateFilter,
  futureDateTime,
  id,
  limit,
  MULTILINE,
  offset,
  optionalText,
  statusFilter,
  text,
} from "../../../lib/validators"

/** GET /admin/quotes — newest first. */
export const AdminListQuotes = z.object({
  status: statusFilter,
  company_id: id("company_id").optional(),
  expires_before: dateFilter("expires_before").optional(),
  expires_after: dateFilter("expires_after").optional(),
  q: searchText("q").optional(),
  limit,
  offset,
})
export type AdminListQuotesType = z.infer<typeof AdminListQuotes>

const OfferLine = z
  .object({
    id: id("lines[].id").optional(),
    variant_id: id("lines[].variant_id", "variant").optional(),
    quantity: quantity("lines[].quantity"),
    unit_price: amount("lines[].unit_price"),
  })
  .strict()
  .refine((line) => !!line.id !== !!line.variant_id, {
    message: "lines[]: give either id (an existing line) or variant_id (a new line), not both",
  })

/**
 * POST /admin/quotes/:id/send — the counter-offer: the complete list of offered lines (unlisted
 * lines are removed), expiry (default: options.defaultValidityDays from now), optional message and
 * optional contract prices until ends_at.
 */
export const AdminSendQuote = z
  .object({
    lines: z.array(OfferLine, { error: "lines is required" }).min(1, "lines: offer at least one line"),
    expires_at: futureDateTime("expires_at").optional(),
    message: optionalText("message", 5000, MULTILINE),
    contract_prices: z
      .object({ ends_at: futureDateTime("contract_prices.ends_at") })
      .strict()
      .nullish(),
  })
  .strict()
export type AdminSendQuoteType = z.infer<typeof AdminSendQuote>

/** POST /admin/quotes/:id/contract-prices */
export const AdminQuoteContractPrices = z.object({ ends_at: futureDateTime("ends_at") }).strict()
export type AdminQuoteContractPricesType = z.infer<typeof AdminQuoteContractPrices>

/** POST /admin/quotes/:id/decline */
export const AdminDeclineQuote = z.object({ reason: text("reason", 2000, MULTILINE) }).strict()
export type AdminDeclineQuoteType = z.infer<typeof AdminDeclineQuote>

/** POST /admin/quotes/:id/messages */
export const AdminPostQuoteMessage = z
  .object({ body: text("body", 5000, MULTILINE), line_id: optionalId("line_id") })
  .strict()
export type AdminPostQuoteMessageType = z.infer<typeof AdminPostQuoteMessage>
