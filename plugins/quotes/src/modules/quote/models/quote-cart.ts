import { model } from "@medusajs/framework/utils"

/**
 * A cart the quote workflows created to order a quote from (its lines hold the quoted prices as
 * custom prices). Kept for as long as the quote exists, also after the quote moved on to another
 * accept cart: it is how the "quotes" checkout guard knows a quote cart, whatever a client later
 * wrote into the cart's or its lines' metadata. Internal: not in the API.
 */
export const QuoteCart = model
  .define("quote_cart", {
    id: model.id({ prefix: "quocart" }).primaryKey(),
    quote_id: model.text(),
    cart_id: model.text(),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["quote_id"] }])
