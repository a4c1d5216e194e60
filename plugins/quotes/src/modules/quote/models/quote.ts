import { model } from "@medusajs/framework/utils"
import { QUOTE_STATUSES } from "../../../constants"
import { QuoteEvent } from "./quote-event"
import { QuoteLine } from "./quote-line"
import { QuoteMessage } from "./quote-message"

/**
 * A request for quote raised from a trade cart, and the merchant's counter-offers on it.
 * `status` is stored without "expired": a `sent` quote whose `expires_at` has passed is reported
 * as expired (see lib/serialize.ts).
 */
export const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    display_id: model.autoincrement().searchable(),
    company_id: model.text(),
    customer_id: model.text(),
    employee_id: model.text(),
    requester_name: model.text().searchable(),
    requester_email: model.text().searchable(),
    cart_id: model.text(),
    region_id: model.text(),
    sales_channel_id: model.text().nullable(),
    currency_code: model.text(),
    status: model.enum([...QUOTE_STATUSES]).default("requested"),
    expires_at: model.dateTime().nullable(),
    version: model.number().default(0),
    order_id: model.text().nullable(),
    contract_price_list_id: model.text().nullable(),
    message: model.text(),
    /**
     * The cart this quote will be ordered from: the caller's cart holding the offered lines at the
     * quoted prices, prepared by POST /store/quotes/:id/cart (so it can be submitted for company
     * approval) or by the accept workflow. In the API. Cleared by a new counter-offer and on
     * acceptance.
     */
    accept_cart_id: model.text().nullable(),
    /**
     * Internal: the cart the accept workflow is completing right now (set just before
     * completeCartWorkflow, cleared after; compensation clears it). The "quotes" checkout guard lets
     * a quote cart complete only when it is this cart. Not in the API.
     */
    completing_cart_id: model.text().nullable(),
    lines: model.hasMany(() => QuoteLine, { mappedBy: "quote" }),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
    events: model.hasMany(() => QuoteEvent, { mappedBy: "quote" }),
  })
  .indexes([
    { on: ["company_id", "status"] },
    { on: ["customer_id"] },
    { on: ["status", "expires_at"] },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["completing_cart_id"], where: "completing_cart_id IS NOT NULL AND deleted_at IS NULL" },
  ])
  .cascades({ delete: ["lines", "messages", "events"] })
